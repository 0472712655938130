package dev.n1query.core;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Entity instances of one scope, by identity, and where each came from. Bounded: past
 * {@value #MAX_INSTANCES} instances, new ones are not kept (an association is then named by
 * type alone, as without this). Guarded by its scope's lock.
 */
final class LoadOrigins {

	static final int MAX_INSTANCES = 10_000;

	private final Map<Object, LoadOrigin> byInstance = new IdentityHashMap<>();

	void put(Object instance, LoadOrigin origin) {
		if (this.byInstance.size() < MAX_INSTANCES || this.byInstance.containsKey(instance)) {
			this.byInstance.put(instance, origin);
		}
	}

	LoadOrigin get(Object instance) {
		return this.byInstance.get(instance);
	}

}
