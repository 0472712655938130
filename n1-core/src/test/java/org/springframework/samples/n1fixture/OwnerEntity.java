package org.springframework.samples.n1fixture;

import java.util.function.Supplier;

import dev.n1query.core.CallSite;

/**
 * Stands for a bytecode-enhanced entity: Hibernate rewrites its getter to call a generated
 * {@code $$_hibernate_read_…} method, which loads the lazy value.
 */
public class OwnerEntity {

	private final Supplier<CallSite> database;

	public OwnerEntity(Supplier<CallSite> database) {
		this.database = database;
	}

	public CallSite getPet() {
		return $$_hibernate_read_pet();
	}

	public CallSite $$_hibernate_read_pet() {
		return this.database.get();
	}

}
