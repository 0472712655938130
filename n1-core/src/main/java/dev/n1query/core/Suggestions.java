package dev.n1query.core;

/** The generic fixes, used where no technology-specific enricher knows better. */
final class Suggestions {

	private Suggestions() {
	}

	static String forNPlusOne(StatementType type) {
		return switch (type) {
			case SELECT -> "load these rows in one query for all items (a JOIN, or WHERE … IN (…) and a map) "
					+ "instead of one query per item";
			case INSERT, UPDATE, DELETE -> "send the writes as one JDBC batch (saveAll(…) with "
					+ "spring.jpa.properties.hibernate.jdbc.batch_size, or JdbcTemplate.batchUpdate(…))";
			case OTHER -> "run this statement once for all items instead of once per item";
		};
	}

	static String forDuplicate() {
		return "reuse the first result (pass it along, or cache it for the request) instead of running the same "
				+ "query again";
	}

	static String forUnusedEagerLoad(EagerLoad load, String loadedBy) {
		String association = load.entity() + "." + load.association();
		if (load.eagerMapping()) {
			String annotation = switch (load.kind()) {
				case "one-to-one" -> "@OneToOne";
				case "one-to-many" -> "@OneToMany";
				case "many-to-many" -> "@ManyToMany";
				case "element-collection" -> "@ElementCollection";
				default -> "@ManyToOne";
			};
			return association + " is mapped EAGER and this response never read it: map it " + annotation
					+ "(fetch = FetchType.LAZY) and fetch it with @EntityGraph or JOIN FETCH only where it is shown";
		}
		String query = (loadedBy != null) ? loadedBy : "the query that loaded " + load.entity();
		return query + " fetches " + association + " (JOIN FETCH or @EntityGraph) and this response never read it: "
				+ "load " + load.entity() + " without it here (a repository method without the fetch, or a "
				+ "projection of the columns the page shows)";
	}

}
