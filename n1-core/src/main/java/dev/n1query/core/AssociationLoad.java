package dev.n1query.core;

/**
 * An ORM loading an association lazily, told to the scope by an ORM integration (N1's
 * Hibernate listeners) so the statements it issues are attributed to
 * {@code Entity.association}.
 *
 * @param entity the owning entity's simple name, such as {@code Customer}
 * @param association the association's attribute name, such as {@code orders}, or
 * {@code null} when only the loaded entity is known
 * @param kind {@code one-to-many}, {@code many-to-many}, {@code many-to-one},
 * {@code one-to-one} or {@code element-collection}
 * @param loadedBy the repository method that loaded the owning entities in this scope,
 * such as {@code CustomerRepository.findAllByOrderByIdAsc()}, or {@code null}
 */
public record AssociationLoad(String entity, String association, String kind, String loadedBy) {

}
