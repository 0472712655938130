package dev.n1query.core;

/**
 * Where an entity instance an ORM loaded came from: a query that loaded it as a root
 * ({@link RootQuery}), or the lazy loading of an association ({@link AssociationLoad}). ORM
 * integrations tell a scope the origin of each instance that can load more, so that a later
 * lazy load names the association that holds the instance and the query its owners came from.
 */
public sealed interface LoadOrigin permits RootQuery, AssociationLoad {

	/** The root query the instance traces back to, or {@code null} when unknown. */
	RootQuery root();

	/**
	 * The path of associations from the root to the instance, such as {@code orders.lines}:
	 * empty for a root, {@code null} when unknown.
	 */
	String path();

}
