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
 * @param entityType the owning entity's class name, such as {@code com.acme.shop.Customer}:
 * what reads are matched on, so that a DTO of the same simple name is never taken for it
 */
public record EagerLoad(String entity, String association, String kind, boolean eagerMapping, String entityType) {

	/**
	 * An eager load whose owning entity is known by its simple name only (reads are then
	 * matched on that name).
	 * @param entity the owning entity's simple name
	 * @param association the attribute
	 * @param kind the association's kind
	 * @param eagerMapping whether the mapping itself is EAGER
	 */
	public EagerLoad(String entity, String association, String kind, boolean eagerMapping) {
		this(entity, association, kind, eagerMapping, entity);
	}

	/** Whether the association is a collection. */
	public boolean isCollection() {
		return this.kind.endsWith("-to-many") || this.kind.equals("element-collection");
	}

}
