package dev.n1query.demo.jpafix;

import java.net.http.HttpResponse;
import java.util.List;

import dev.n1query.core.Finding;
import dev.n1query.core.ScopeReport;
import dev.n1query.demo.DemoHttp;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JPA findings of issue 15 through real HTTP, on a fixture of clubs, members, lockers and
 * teams: a paged list reading a collection, a nested association read by the same response, a
 * constant {@code IN} filter per row, an EAGER collection read only in Java, and a DTO named
 * like an entity. Each test asserts the association named and that no statement is reported
 * twice; the fixes the findings suggest are applied in {@link JpaFixesAppliedIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:jpafix-advice;DB_CLOSE_DELAY=-1")
@Import({ DemoHttp.ReportsConfiguration.class, FixtureEndpoints.class })
class JpaFixAdviceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	DemoHttp http;

	@BeforeEach
	void seed() {
		this.http = new DemoHttp(this.port, this.reports);
		FixtureEndpoints.seed(this.entityManager, this.transactions);
	}

	static void assertNoDoubleFindings(ScopeReport report) {
		assertThat(report.nPlusOne()).extracting(Finding::fingerprint).doesNotHaveDuplicates();
		for (Finding duplicate : report.duplicates()) {
			assertThat(report.nPlusOne()).as("an exact duplicate also reported as an N+1")
				.noneMatch((nPlusOne) -> nPlusOne.fingerprint().equals(duplicate.fingerprint()));
		}
	}

	@Test
	void pagedListReadingACollectionGetsBatchFetchingNeverAFetchJoin() throws Exception {
		ScopeReport report = this.http.call("GET", "/test/jpafix/clubs-paged?size=3");
		assertThat(report.queryCount()).as("the page, its count, the members of each club").isEqualTo(5);
		assertNoDoubleFindings(report);
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Club.members");
			assertThat(finding.loadedBy()).isEqualTo("ClubRepository.findAll()");
			assertThat(finding.suggestion()).contains("ClubRepository.findAll()")
				.contains("paged")
				.contains("@BatchSize(size = 50) on Club.members")
				.contains("default_batch_fetch_size=50")
				.contains("page of ids")
				.doesNotContain("join fetch")
				.doesNotContain("@EntityGraph(attributePaths = \"members\") to");
		});
	}

	@Test
	void twoOwnersFromOneQueryAreAnNPlusOneByConstruction() throws Exception {
		ScopeReport report = this.http.call("GET", "/test/jpafix/clubs-paged?size=2");
		assertNoDoubleFindings(report);
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Club.members");
			assertThat(finding.count()).isEqualTo(2);
		});
	}

	@Test
	void nestedAssociationsReadByTheSameResponseAreAllInTheEntityGraph() throws Exception {
		ScopeReport report = this.http.call("GET", "/test/jpafix/club-lockers");
		assertNoDoubleFindings(report);
		List<Finding> findings = report.nPlusOne();
		assertThat(findings).extracting((finding) -> finding.entity() + "." + finding.association())
			.containsExactlyInAnyOrder("Club.members", "Member.locker");
		for (Finding finding : findings) {
			assertThat(finding.suggestion()).as(finding.entity() + "." + finding.association())
				.contains("@EntityGraph(attributePaths = {\"members\", \"members.locker\"}) to "
						+ "ClubRepository.findAllByOrderByIdAsc()")
				.doesNotContain("the repository method that loads");
			assertThat(finding.loadedBy()).isEqualTo("ClubRepository.findAllByOrderByIdAsc()");
		}
	}

	@Test
	void theRepositoryMethodIsNamedForFindById() throws Exception {
		ScopeReport report = this.http.call("GET", "/test/jpafix/club-lockers/2");
		assertNoDoubleFindings(report);
		// Two lockers of one club's members: loaded lazily from rows of one query, an N+1 from 2.
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Member.locker");
			assertThat(finding.count()).isEqualTo(2);
			assertThat(finding.loadedBy()).isEqualTo("ClubRepository.findById()");
			assertThat(finding.suggestion())
				.contains("@EntityGraph(attributePaths = {\"members\", \"members.locker\"}) to ClubRepository.findById()");
		});
	}

	@Test
	void withoutARepositoryTheCallSiteOfTheRootQueryIsNamed() throws Exception {
		ScopeReport report = this.http.call("GET", "/test/jpafix/club-lockers-jpql");
		assertNoDoubleFindings(report);
		assertThat(report.nPlusOne()).hasSize(2).allSatisfy((finding) -> {
			assertThat(finding.loadedBy()).isNull();
			assertThat(finding.suggestion())
				.contains("with the query at FixtureEndpoints.clubLockersByJpql(FixtureEndpoints.java:")
				.contains("give it the entity graph {\"members\", \"members.locker\"} as its "
						+ "jakarta.persistence.fetchgraph hint")
				.doesNotContain("the repository method that loads");
		});
	}

	@Test
	void theSuggestedEntityGraphAppliedAsWrittenRunsOneStatementWithTheSameBody() throws Exception {
		// ClubRepository.findAllWithMembersAndLockers() carries exactly the suggested annotation.
		HttpResponse<String> broken = this.http.get("/test/jpafix/club-lockers");
		HttpResponse<String> fixed = this.http.get("/test/jpafix/club-lockers/fixed");
		assertThat(broken.statusCode()).isEqualTo(200);
		assertThat(fixed.statusCode()).isEqualTo(200);
		assertThat(fixed.body()).isEqualTo(broken.body()).contains("Member 6 @ L6");
		ScopeReport brokenReport = this.http.call("GET", "/test/jpafix/club-lockers");
		ScopeReport fixedReport = this.http.call("GET", "/test/jpafix/club-lockers/fixed");
		assertThat(brokenReport.queryCount()).isEqualTo(10);
		assertThat(fixedReport.queryCount()).isEqualTo(1);
		assertThat(fixedReport.hasFindings()).isFalse();
	}

	@Test
	void constantInFilterOnALazyCollectionIsAnNPlusOneNotABatch() throws Exception {
		ScopeReport report = this.http.call("GET", "/test/jpafix/active-members");
		assertNoDoubleFindings(report);
		assertThat(report.batchedLoads()).isEmpty();
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Club.activeMembers");
			assertThat(finding.fingerprint()).contains("in (?)");
			assertThat(finding.count()).isEqualTo(3);
		});
	}

	@Test
	void eagerCollectionReadOnlyInJavaIsNeverAdvisedLazy() throws Exception {
		HttpResponse<String> response = this.http.get("/test/jpafix/captains");
		assertThat(response.body()).contains("\"captain\":\"Player 11\"").doesNotContain("players");
		for (int call = 0; call < 2; call++) { // Jackson caches how it reads properties
			ScopeReport report = this.http.call("GET", "/test/jpafix/captains");
			assertNoDoubleFindings(report);
			assertThat(report.unusedEagerLoads()).allSatisfy((finding) -> {
				assertThat(finding.entity() + "." + finding.association()).isEqualTo("Team.players");
				assertThat(finding.suggestion()).doesNotContain("FetchType.LAZY").doesNotContain("never read");
			});
		}
	}

	@Test
	void aDtoNamedLikeAnEntityIsNotTakenForIt() throws Exception {
		HttpResponse<String> response = this.http.get("/test/jpafix/club-cards");
		assertThat(response.body()).contains("\"memberCount\":2");
		for (int call = 0; call < 2; call++) {
			ScopeReport report = this.http.call("GET", "/test/jpafix/club-cards");
			assertThat(report.unusedEagerLoads()).as("Club.members is read in Java; the JSON wrote the DTO")
				.isEmpty();
		}
	}

}
