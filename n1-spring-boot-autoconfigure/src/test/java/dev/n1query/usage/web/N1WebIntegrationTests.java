package dev.n1query.usage.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N1 in a running servlet application, through real HTTP.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-web;DB_CLOSE_DELAY=-1", "server.tomcat.threads.max=8",
				"management.endpoints.web.exposure.include=queries" })
class N1WebIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ReportsById reports;

	private HttpResponse<String> get(String path) throws Exception {
		return Http.get(this.port, path);
	}

	private ScopeReport reportOf(HttpResponse<?> response) {
		return this.reports.awaitReport(response);
	}

	@Test
	void eachRequestIsAScopeNamedByItsRouteTemplate() throws Exception {
		HttpResponse<String> response = get("/work/abc/4");
		assertThat(response.statusCode()).isEqualTo(200);
		ScopeReport report = reportOf(response);
		assertThat(report.kind()).isEqualTo(ScopeKind.REQUEST);
		assertThat(report.method()).isEqualTo("GET");
		assertThat(report.uri()).isEqualTo("/work/{marker}/{statements}");
		assertThat(report.path()).isEqualTo("/work/abc/4");
		assertThat(report.name()).isEqualTo("GET /work/abc/4 (/work/{marker}/{statements})");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.queryCount()).isEqualTo(4);
		assertThat(report.durationNanos()).isPositive();
	}

	@Test
	void nPlusOneInAControllerIsReportedAtTheControllersLine() throws Exception {
		ScopeReport report = reportOf(get("/customers/orders"));
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(5);
			assertThat(finding.callSite().toString())
				.matches("WebTestApplication\\$WorkController\\.ordersPerCustomer\\(WebTestApplication\\.java:\\d+\\)");
		});
	}

	@Test
	void failingRequestIsStillReportedWithItsStatements() throws Exception {
		HttpResponse<String> response = get("/fail");
		assertThat(response.statusCode()).isEqualTo(500);
		ScopeReport report = reportOf(response);
		assertThat(report.status()).isEqualTo(500);
		assertThat(report.queryCount()).isEqualTo(1);
	}

	@Test
	void smallResponsesCarryServerTiming() throws Exception {
		HttpResponse<String> response = get("/work/timing/3");
		assertThat(response.headers().firstValue("Server-Timing")).get()
			.asString()
			.matches("db;dur=\\d+\\.\\d{3};desc=\"3 queries\"");
	}

	@Test
	void concurrentRequestsNeverMixTheirStatements() throws Exception {
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		List<Integer> expected = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			int statements = 1 + (i % 17);
			expected.add(statements);
			URI uri = URI.create("http://localhost:" + this.port + "/work/m" + i + "/" + statements);
			responses.add(this.http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()));
		}
		for (int i = 0; i < responses.size(); i++) {
			HttpResponse<String> response = responses.get(i).get();
			ScopeReport report = reportOf(response);
			String marker = "'m" + i + "'";
			assertThat(report.queryCount()).isEqualTo(expected.get(i));
			assertThat(report.statements()).hasSize(expected.get(i))
				.allSatisfy((statement) -> assertThat(statement.parameters()).containsExactly(marker));
		}
	}

}
