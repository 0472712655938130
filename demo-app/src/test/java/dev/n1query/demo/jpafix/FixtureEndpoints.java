package dev.n1query.demo.jpafix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints of the JPA fixture: each reads associations the way the field reports
 * did, broken, and where the demo shows the fix, fixed exactly as N1 suggests. Imported by the
 * tests that use them (never component-scanned).
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
public class FixtureEndpoints {

	private final ClubRepository clubs;

	private final TeamRepository teams;

	private final EntityManager entityManager;

	FixtureEndpoints(ClubRepository clubs, TeamRepository teams, EntityManager entityManager) {
		this.clubs = clubs;
		this.teams = teams;
		this.entityManager = entityManager;
	}

	/** A page of clubs, each with its members' names: the members load per club. */
	@GetMapping("/test/jpafix/clubs-paged")
	List<Map<String, Object>> clubsPaged(@RequestParam(defaultValue = "3") int size) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Club club : this.clubs.findAll(PageRequest.of(0, size, Sort.by("id")))) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", club.getName());
			row.put("members", club.getMembers().stream().map(Member::getName).toList());
			rows.add(row);
		}
		return rows;
	}

	/** The clubs with their members and each member's locker: two levels of lazy loads. */
	@GetMapping("/test/jpafix/club-lockers")
	List<Map<String, Object>> clubLockers() {
		return clubLockerRows(this.clubs.findAllByOrderByIdAsc());
	}

	/** Fixed with the entity graph N1 suggests: {@code {"members", "members.locker"}}. */
	@GetMapping("/test/jpafix/club-lockers/fixed")
	List<Map<String, Object>> clubLockersFixed() {
		return clubLockerRows(this.clubs.findAllWithMembersAndLockers());
	}

	/** One club by {@code findById}, with its members' lockers. */
	@GetMapping("/test/jpafix/club-lockers/{id}")
	List<Map<String, Object>> clubLockersById(@PathVariable long id) {
		return clubLockerRows(List.of(this.clubs.findById(id).orElseThrow()));
	}

	/** The clubs by a JPQL query of the application's own, no repository: the call site is named. */
	@GetMapping("/test/jpafix/club-lockers-jpql")
	List<Map<String, Object>> clubLockersByJpql() {
		return clubLockerRows(
				this.entityManager.createQuery("select c from Club c order by c.id", Club.class).getResultList());
	}

	private static List<Map<String, Object>> clubLockerRows(List<Club> clubs) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Club club : clubs) {
			List<String> members = new ArrayList<>();
			for (Member member : club.getMembers()) {
				members.add(member.getName() + " @ " + member.getLocker().getCode());
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", club.getName());
			row.put("members", members);
			rows.add(row);
		}
		return rows;
	}

	/** Each club's active members, behind {@code @SQLRestriction("status in ('ACTIVE','TRIAL')")}. */
	@GetMapping("/test/jpafix/active-members")
	Map<String, Integer> activeMembers() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Club club : this.clubs.findAllByOrderByIdAsc()) {
			counts.put(club.getName(), club.getActiveMembers().size());
		}
		return counts;
	}

	/** A team's captain, found by iterating its EAGER players in Java; the JSON never shows them. */
	@GetMapping("/test/jpafix/captains")
	List<TeamRow> captains() {
		List<TeamRow> rows = new ArrayList<>();
		for (Team team : this.teams.findAllByOrderByIdAsc()) {
			String captain = team.getPlayers()
				.stream()
				.filter(Player::isCaptain)
				.map(Player::getName)
				.findFirst()
				.orElse("-");
			rows.add(new TeamRow(team, captain));
		}
		return rows;
	}

	/** A row of the captains' JSON: the team entity (its players are not written) and a name. */
	public record TeamRow(Team team, String captain) {
	}

	/** Clubs fetched with their members, counted in Java and written as DTOs of the same simple name. */
	@GetMapping("/test/jpafix/club-cards")
	List<dev.n1query.demo.jpafix.web.Club> clubCards() {
		return this.clubs.findAllWithMembers()
			.stream()
			.map((club) -> new dev.n1query.demo.jpafix.web.Club(club.getName(), club.getMembers().size()))
			.toList();
	}

	/** Seeds the fixture's rows once per database. */
	public static void seed(EntityManager entityManager, TransactionTemplate transactions) {
		transactions.executeWithoutResult((status) -> {
			if (entityManager.find(Club.class, 1L) != null) {
				return;
			}
			long memberId = 1;
			for (long c = 1; c <= 3; c++) {
				Club club = new Club(c, "Club " + c);
				entityManager.persist(club);
				for (int m = 0; m < 2; m++) {
					Locker locker = new Locker(memberId, "L" + memberId);
					entityManager.persist(locker);
					entityManager.persist(new Member(memberId, "Member " + memberId, (m == 0) ? "ACTIVE" : "LEFT",
							club, locker));
					memberId++;
				}
			}
			for (long t = 1; t <= 3; t++) {
				Team team = new Team(t, "Team " + t);
				for (long p = 0; p < 3; p++) {
					Player player = new Player(t * 10 + p, "Player " + (t * 10 + p), p == 1);
					entityManager.persist(player);
					team.getPlayers().add(player);
				}
				entityManager.persist(team);
			}
		});
	}

}
