package dev.n1query.demo.jpafix;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Test-only entity. The locker's foreign key has no constraint, so a test can point a member
 * at a locker that does not exist (a lazy load that fails).
 */
@Entity
@Table(name = "fix_member")
public class Member {

	@Id
	private Long id;

	private String name;

	private String status;

	@ManyToOne(fetch = FetchType.LAZY)
	private Club club;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	private Locker locker;

	protected Member() {
	}

	public Member(Long id, String name, String status, Club club, Locker locker) {
		this.id = id;
		this.name = name;
		this.status = status;
		this.club = club;
		this.locker = locker;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getStatus() {
		return this.status;
	}

	public Club getClub() {
		return this.club;
	}

	public Locker getLocker() {
		return this.locker;
	}

}
