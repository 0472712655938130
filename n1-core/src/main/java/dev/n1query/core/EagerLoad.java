package dev.n1query.core;

/**
 * An association an ORM fetched together with its owner (a fetch join, an entity graph, an
 * EAGER mapping), told to the scope by an ORM integration so that N1 can report it when
 * the response never reads it.
 *
 * @param entity the owning entity's simple name, such as {@code Customer}
 * @param association the association's attribute name, such as {@code orders}
 * @param kind {@code one-to-many}, {@code many-to-many}, {@code many-to-one},
 * {@code one-to-one} or {@code element-collection}
 * @param eagerMapping whether the mapping itself is EAGER; otherwise the query fetched it
 * (a fetch join or an entity graph)
 */
public record EagerLoad(String entity, String association, String kind, boolean eagerMapping) {

	/** Whether the association is a collection. */
	public boolean isCollection() {
		return this.kind.endsWith("-to-many") || this.kind.equals("element-collection");
	}

}
