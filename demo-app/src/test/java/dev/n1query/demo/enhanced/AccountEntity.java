package dev.n1query.demo.enhanced;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity, bytecode-enhanced at build time: what both of a note's to-ones point at. */
@Entity
@Table(name = "enhanced_account")
public class AccountEntity {

	@Id
	private Long id;

	private String name;

	protected AccountEntity() {
	}

	public AccountEntity(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
