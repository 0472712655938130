package dev.n1query.usage.web;


import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control for {@link AsyncPropagationIntegrationTests} and
 * {@link AsyncAttributionIntegrationTests}: with N1's task decorator switched off and
 * without context propagation, the other thread's statements are counted outside the
 * request.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-async-off;DB_CLOSE_DELAY=-1", "n1.async.enabled=false" })
class AsyncWithoutPropagationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportsById reports;

	@Autowired
	QueryTracker tracker;

	@Test
	void asyncStatementsAreOutsideTheRequestWhenSwitchedOff() throws Exception {
		long unscopedBefore = this.tracker.unscopedStatements();
		ScopeReport report = this.reports.awaitReport(Http.get(this.port, "/async/service/4"));
		assertThat(report.queryCount()).isEqualTo(1);
		assertThat(this.tracker.unscopedStatements() - unscopedBefore).isEqualTo(4);
	}

}
