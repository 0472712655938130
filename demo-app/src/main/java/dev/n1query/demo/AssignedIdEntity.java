package dev.n1query.demo;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the application assigns (no IDENTITY column, which would disable
 * JDBC batching) and that says whether it is new, so {@code save} inserts without a
 * SELECT first (Spring Data's {@link Persistable} pattern).
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

	@Id
	private UUID id = UUID.randomUUID();

	@Transient
	private boolean isNew = true;

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markNotNew() {
		this.isNew = false;
	}

}
