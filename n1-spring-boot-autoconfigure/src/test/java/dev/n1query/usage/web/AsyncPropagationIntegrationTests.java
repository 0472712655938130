package dev.n1query.usage.web;

import java.net.http.HttpResponse;

import dev.n1query.core.ScopeReport;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements run on other threads on behalf of a request are recorded in it, through
 * Micrometer's context propagation ({@code spring.task.execution.propagate-context=true}).
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-async;DB_CLOSE_DELAY=-1",
				"spring.task.execution.propagate-context=true" })
class AsyncPropagationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportsById reports;

	private ScopeReport call(String path) throws Exception {
		HttpResponse<String> response = Http.get(this.port, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.reports.awaitReport(response);
	}

	@Test
	void asyncServiceMethodStatementsBelongToTheRequest() throws Exception {
		ScopeReport report = call("/async/service/4");
		assertThat(report.queryCount()).isEqualTo(5);
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(4);
			assertThat(finding.callSite().toString()).startsWith("WebTestApplication$AsyncWork.lookups(");
		});
	}

	@Test
	void mvcCallableStatementsBelongToTheRequest() throws Exception {
		ScopeReport report = call("/async/callable/3");
		assertThat(report.queryCount()).isEqualTo(3);
		assertThat(report.uri()).isEqualTo("/async/callable/{statements}");
	}

}
