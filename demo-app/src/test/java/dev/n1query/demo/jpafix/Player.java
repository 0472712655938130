package dev.n1query.demo.jpafix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity: a team's player. */
@Entity
@Table(name = "fix_player")
public class Player {

	@Id
	private Long id;

	private String name;

	private boolean captain;

	protected Player() {
	}

	public Player(Long id, String name, boolean captain) {
		this.id = id;
		this.name = name;
		this.captain = captain;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public boolean isCaptain() {
		return this.captain;
	}

}
