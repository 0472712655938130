package dev.n1query.demo.jpafix;

import java.util.List;

import dev.n1query.core.Finding;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import org.hibernate.JDBCException;
import org.hibernate.ObjectNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A lazy load that fails (the member's locker row is missing: Hibernate throws an
 * {@code ObjectNotFoundException}; the collection's SQL is wrong: a JDBC error inside
 * Hibernate's collection loading) leaves nothing behind on the thread: the statements that
 * follow, in the same scope and in the next scope on the same thread, are not attributed to
 * the association whose load failed.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:jpafix-failing-load;DB_CLOSE_DELAY=-1")
class FailingLazyLoadIntegrationTests {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	QueryTracker tracker;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void seed() {
		FixtureEndpoints.seed(this.entityManager, this.transactions);
		this.transactions.executeWithoutResult((status) -> {
			if (this.entityManager.find(Member.class, 99L) == null) {
				this.jdbc.update("insert into fix_member (id, name, status, club_id, locker_id) "
						+ "values (99, 'Ghost', 'ACTIVE', 1, 999)");
			}
		});
	}

	private void failLazyLoads() {
		this.transactions.executeWithoutResult((status) -> {
			Member ghost = this.entityManager.find(Member.class, 99L);
			assertThatThrownBy(() -> ghost.getLocker().getCode())
				.isInstanceOfAny(EntityNotFoundException.class, ObjectNotFoundException.class);
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> {
			Club club = this.entityManager.find(Club.class, 1L);
			assertThatThrownBy(() -> club.getBrokenMembers().size()).isInstanceOf(JDBCException.class);
			status.setRollbackOnly();
		});
	}

	private void lookUpClubsOneByOne() {
		for (long id = 1; id <= 3; id++) {
			this.jdbc.queryForObject("select name from fix_club where id = ?", String.class, id);
		}
	}

	private static Finding clubLookup(ScopeReport report) {
		List<Finding> found = report.nPlusOne()
			.stream()
			.filter((finding) -> finding.fingerprint().contains("from fix_club"))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void statementsAfterAFailedLoadInTheSameScopeAreNotAttributedToIt() {
		ScopeReport report;
		try (QueryScope scope = this.tracker.open("failing-then-lookups")) {
			failLazyLoads();
			lookUpClubsOneByOne();
			scope.close();
			report = scope.report();
		}
		assertThat(report.nPlusOne()).hasSize(1);
		assertThat(clubLookup(report).association()).as("the failed load's association").isNull();
		assertThat(clubLookup(report).entity()).isNotEqualTo("Member");
	}

	@Test
	void theNextScopeOnTheSameThreadIsClean() {
		try (QueryScope scope = this.tracker.open("failing")) {
			failLazyLoads();
		}
		ScopeReport report;
		try (QueryScope scope = this.tracker.open("clean")) {
			this.transactions.executeWithoutResult((status) -> {
				for (Member member : this.entityManager
					.createQuery("select m from Member m where m.id < 99 order by m.id", Member.class)
					.getResultList()) {
					member.getLocker().getCode();
				}
			});
			lookUpClubsOneByOne();
			scope.close();
			report = scope.report();
		}
		assertThat(report.nPlusOne()).hasSize(2);
		assertThat(clubLookup(report).association()).isNull();
		assertThat(report.nPlusOne()).filteredOn((finding) -> "locker".equals(finding.association()))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.entity()).isEqualTo("Member");
				assertThat(finding.count()).isEqualTo(6);
			});
	}

}
