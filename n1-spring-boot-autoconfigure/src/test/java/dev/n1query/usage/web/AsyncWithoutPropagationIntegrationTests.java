package dev.n1query.usage.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control for {@link AsyncPropagationIntegrationTests}: without context propagation
 * the other thread's statements are counted outside the request.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:n1-async-off;DB_CLOSE_DELAY=-1")
class AsyncWithoutPropagationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportsById reports;

	@Autowired
	QueryTracker tracker;

	@Test
	void asyncStatementsAreOutsideTheRequestWithoutPropagation() throws Exception {
		long unscopedBefore = this.tracker.unscopedStatements();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/async/service/4")).build(),
					HttpResponse.BodyHandlers.ofString());
		String id = response.headers().firstValue("X-N1-Request-Id").orElseThrow();
		ScopeReport report = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.reports.get(id), Objects::nonNull);
		assertThat(report.queryCount()).isEqualTo(1);
		assertThat(this.tracker.unscopedStatements() - unscopedBefore).isEqualTo(4);
	}

}
