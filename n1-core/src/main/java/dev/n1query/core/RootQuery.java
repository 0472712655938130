package dev.n1query.core;

import java.util.Locale;

/**
 * A query that loaded entities as roots (not as an association of other entities): what an
 * entity graph or fetch join must be added to, so that everything loaded lazily from its rows
 * comes with them.
 *
 * @param entity the root entity's simple name, such as {@code Customer}
 * @param callSite where the query ran from
 * @param fingerprint the query's fingerprint
 */
public record RootQuery(String entity, CallSite callSite, String fingerprint) implements LoadOrigin {

	@Override
	public RootQuery root() {
		return this;
	}

	@Override
	public String path() {
		return "";
	}

	/**
	 * Whether the query returns one page of rows ({@code LIMIT}, {@code OFFSET},
	 * {@code FETCH FIRST}): fetching a collection with it makes Hibernate paginate in memory.
	 */
	public boolean paged() {
		String text = this.fingerprint.toLowerCase(Locale.ROOT);
		return text.contains(" limit ") || text.contains(" offset ") || text.contains(" fetch first ")
				|| text.contains(" fetch next ") || text.endsWith(" limit ?");
	}

}
