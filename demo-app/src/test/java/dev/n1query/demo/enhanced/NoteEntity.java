package dev.n1query.demo.enhanced;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Test-only entity, bytecode-enhanced at build time (see demo-app/pom.xml), with two to-one
 * associations to the same entity.
 */
@Entity
@Table(name = "enhanced_note")
public class NoteEntity {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private AccountEntity createdByUser;

	@ManyToOne(fetch = FetchType.LAZY)
	private AccountEntity lastModifiedByUser;

	protected NoteEntity() {
	}

	public NoteEntity(Long id, AccountEntity createdByUser, AccountEntity lastModifiedByUser) {
		this.id = id;
		this.createdByUser = createdByUser;
		this.lastModifiedByUser = lastModifiedByUser;
	}

	public Long getId() {
		return this.id;
	}

	public AccountEntity getCreatedByUser() {
		return this.createdByUser;
	}

	public AccountEntity getLastModifiedByUser() {
		return this.lastModifiedByUser;
	}

}
