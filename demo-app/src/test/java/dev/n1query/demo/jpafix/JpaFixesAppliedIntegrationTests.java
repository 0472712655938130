package dev.n1query.demo.jpafix;

import java.net.http.HttpResponse;

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
 * The fixes {@link JpaFixAdviceIntegrationTests} shows N1 suggesting, applied as written to a
 * copy of each scenario: each runs fewer statements and answers the same body, without error.
 * This context applies {@code spring.jpa.properties.hibernate.default_batch_fetch_size=50}, the
 * fix suggested for paged queries; the entity graph suggested for nested associations is
 * proven in {@link JpaFixAdviceIntegrationTests}, whose context has no batch fetching.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:jpafix-applied;DB_CLOSE_DELAY=-1",
				"spring.jpa.properties.hibernate.default_batch_fetch_size=50" })
@Import({ DemoHttp.ReportsConfiguration.class, FixtureEndpoints.class })
class JpaFixesAppliedIntegrationTests {

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

	@Test
	void batchFetchingSuggestedForAPagedQueryRunsFewerStatements() throws Exception {
		// Without the fix, the same page runs 5 statements (JpaFixAdviceIntegrationTests).
		HttpResponse<String> response = this.http.get("/test/jpafix/clubs-paged?size=3");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[{\"name\":\"Club 1\",\"members\":[\"Member 1\",\"Member 2\"]},"
				+ "{\"name\":\"Club 2\",\"members\":[\"Member 3\",\"Member 4\"]},"
				+ "{\"name\":\"Club 3\",\"members\":[\"Member 5\",\"Member 6\"]}]");
		ScopeReport fixed = this.http.call("GET", "/test/jpafix/clubs-paged?size=3");
		assertThat(fixed.queryCount()).as("the page, its count, one batch of members").isEqualTo(3);
		assertThat(fixed.nPlusOne()).isEmpty();
	}

}
