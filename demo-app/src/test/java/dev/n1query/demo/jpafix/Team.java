package dev.n1query.demo.jpafix;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** Test-only entity with a collection mapped EAGER that only Java code reads (never the JSON). */
@Entity
@Table(name = "fix_team")
public class Team {

	@Id
	private Long id;

	private String name;

	@JsonIgnore
	@OneToMany(fetch = FetchType.EAGER)
	@JoinColumn(name = "team_id")
	@OrderBy("id")
	private List<Player> players = new ArrayList<>();

	protected Team() {
	}

	public Team(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<Player> getPlayers() {
		return this.players;
	}

}
