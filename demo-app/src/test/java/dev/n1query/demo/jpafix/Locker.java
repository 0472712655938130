package dev.n1query.demo.jpafix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity: what a member's to-one points at. */
@Entity
@Table(name = "fix_locker")
public class Locker {

	@Id
	private Long id;

	private String code;

	protected Locker() {
	}

	public Locker(Long id, String code) {
		this.id = id;
		this.code = code;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

}
