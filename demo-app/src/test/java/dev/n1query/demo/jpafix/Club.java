package dev.n1query.demo.jpafix;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/**
 * Test-only entity: a club with its members, the active ones behind a constant filter, and a
 * collection whose lazy load fails.
 */
@Entity
@Table(name = "fix_club")
public class Club {

	@Id
	private Long id;

	private String name;

	@OneToMany(mappedBy = "club")
	@OrderBy("id")
	private List<Member> members = new ArrayList<>();

	@OneToMany(mappedBy = "club")
	@SQLRestriction("status in ('ACTIVE','TRIAL')")
	@OrderBy("id")
	private List<Member> activeMembers = new ArrayList<>();

	/** Its lazy load always fails with a JDBC error: the restriction names no column. */
	@OneToMany(mappedBy = "club")
	@SQLRestriction("no_such_column = 1")
	private List<Member> brokenMembers = new ArrayList<>();

	protected Club() {
	}

	public Club(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<Member> getMembers() {
		return this.members;
	}

	public List<Member> getActiveMembers() {
		return this.activeMembers;
	}

	public List<Member> getBrokenMembers() {
		return this.brokenMembers;
	}

}
