package dev.n1query.core;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Entity instances of one scope, by identity, and where each came from. Bounded: past
 * {@value #MAX_INSTANCES} instances, new ones are not kept (an association is then named by
 * type alone, as without this). Guarded by its scope's lock.
 */
final class LoadOrigins {

	static final int MAX_INSTANCES = 10_000;

	// Sized for a page of a few hundred entities (a table of about 4 KB, in analysed scopes
	// that load entities only): growing from the default (21) by doubling rehashed every
	// instance several times, a visible share of an analysed request's cost.
	private final Map<Object, LoadOrigin> byInstance = new IdentityHashMap<>(256);

	void put(Object instance, LoadOrigin origin) {
		if (this.byInstance.size() < MAX_INSTANCES || this.byInstance.containsKey(instance)) {
			this.byInstance.put(instance, origin);
		}
	}

	LoadOrigin get(Object instance) {
		return this.byInstance.get(instance);
	}

	// The loads derived from the latest owner told, by association: the rows of one query
	// share their origin, so their references share these instead of each allocating its own.
	private LoadOrigin lastOwner;

	private final Map<String, AssociationLoad> heldByLastOwner = new HashMap<>();

	/**
	 * The load of an association of an instance of the given origin, as
	 * {@link AssociationLoad#from}, reused for the instances of one origin.
	 */
	AssociationLoad heldBy(LoadOrigin owner, String entity, String association, String kind) {
		if (owner != this.lastOwner) {
			this.lastOwner = owner;
			this.heldByLastOwner.clear();
		}
		AssociationLoad load = this.heldByLastOwner.get(association);
		if (load == null || !load.entity().equals(entity) || !load.kind().equals(kind)) {
			load = AssociationLoad.from(owner, entity, association, kind);
			this.heldByLastOwner.put(association, load);
		}
		return load;
	}

}
