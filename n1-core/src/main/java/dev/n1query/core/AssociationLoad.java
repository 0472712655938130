package dev.n1query.core;

import java.util.Objects;

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
 * @param loadedBy the repository method that loaded the root entities in this scope, such as
 * {@code CustomerRepository.findAllByOrderByIdAsc()}, or {@code null}
 * @param root the query the owners trace back to, or {@code null} when unknown
 * @param path the association's path from the root entity, such as {@code orders.lines}, or
 * {@code null} when unknown
 */
public record AssociationLoad(String entity, String association, String kind, String loadedBy, RootQuery root,
		String path) implements LoadOrigin {

	/** The longest association path followed from a root query. */
	public static final int MAX_PATH_DEPTH = 4;

	/**
	 * An association load whose owners' origin is unknown.
	 * @param entity the owning entity's simple name
	 * @param association the attribute, or {@code null}
	 * @param kind the association's kind
	 * @param loadedBy the repository method that loaded the owners, or {@code null}
	 */
	public AssociationLoad(String entity, String association, String kind, String loadedBy) {
		this(entity, association, kind, loadedBy, null, null);
	}

	/**
	 * The load of an association of an instance of the given origin.
	 * @param owner where the owning instance came from, or {@code null}
	 * @param entity the owning entity's simple name
	 * @param association the attribute
	 * @param kind the association's kind
	 * @return the association load, its root and path taken from the owner's origin
	 */
	public static AssociationLoad from(LoadOrigin owner, String entity, String association, String kind) {
		RootQuery root = (owner != null) ? owner.root() : null;
		String ownerPath = (owner != null) ? owner.path() : null;
		// Paths deeper than MAX_PATH_DEPTH (cycles through back-references) are not followed.
		if (root == null || ownerPath == null || depthOf(ownerPath) >= MAX_PATH_DEPTH - 1) {
			return new AssociationLoad(entity, association, kind, null);
		}
		return new AssociationLoad(entity, association, kind, null, root,
				ownerPath.isEmpty() ? association : ownerPath + "." + association);
	}

	// The dots in a path: called per entity loaded, so without a stream.
	private static int depthOf(String path) {
		int dots = 0;
		for (int i = path.indexOf('.'); i >= 0; i = path.indexOf('.', i + 1)) {
			dots++;
		}
		return dots;
	}

	/**
	 * This load with the repository method that loaded its root entities.
	 * @param method the method, or {@code null}
	 * @return the load
	 */
	public AssociationLoad withLoadedBy(String method) {
		if (Objects.equals(method, this.loadedBy)) {
			return this;
		}
		return new AssociationLoad(this.entity, this.association, this.kind, method, this.root, this.path);
	}

	/** Whether the association is a collection. */
	public boolean isCollection() {
		return this.kind != null && (this.kind.endsWith("-to-many") || this.kind.equals("element-collection"));
	}

}
