package dev.n1query.usage.web;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With nothing but the starter (no {@code spring.task.execution.propagate-context}),
 * statements run on Spring Boot's auto-configured task executor belong to the request
 * that submitted them, and the application's own {@link TaskDecorator} still applies.
 */
@SpringBootTest(classes = { WebTestApplication.class, AsyncAttributionIntegrationTests.OwnDecorator.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-async-zero-config;DB_CLOSE_DELAY=-1",
				"management.endpoints.web.exposure.include=queries" })
class AsyncAttributionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportsById reports;

	@Autowired
	QueryTracker tracker;

	@Autowired
	OwnDecorator own;

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
	void futureOnTheApplicationTaskExecutorWithAStatementPerIdIsAnNPlusOneOfTheRequest() throws Exception {
		long unscopedBefore = this.tracker.unscopedStatements();
		ScopeReport report = call("/async/future/6");
		assertThat(report.queryCount()).isEqualTo(6);
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(6);
			// The lambda's own line, named after its enclosing method (the statement inside the loop).
			assertThat(finding.callSite().toString())
				.matches("WebTestApplication\\$WorkController\\.asyncFuture\\(WebTestApplication\\.java:\\d+\\)");
		});
		assertThat(this.tracker.unscopedStatements()).isEqualTo(unscopedBefore);
	}

	@Test
	void mvcCallableStatementsBelongToTheRequest() throws Exception {
		ScopeReport report = call("/async/callable/3");
		assertThat(report.queryCount()).isEqualTo(3);
		assertThat(report.uri()).isEqualTo("/async/callable/{statements}");
	}

	@Test
	void theApplicationsOwnTaskDecoratorStillApplies() throws Exception {
		int before = this.own.decorated.get();
		call("/async/service/2");
		assertThat(this.own.decorated.get()).isGreaterThan(before);
		assertThat(this.own.injectedByType).as("the application still injects its single TaskDecorator by type")
			.isSameAs(this.own.decorator);
	}

	@Test
	void requestsWithoutStatementsOfTheirOwnResolveAtTheEndpoint() throws Exception {
		for (String path : new String[] { "/none", "/elsewhere/3" }) {
			HttpResponse<String> response = Http.get(this.port, path);
			String id = this.reports.awaitReport(response).id();
			HttpResponse<String> detail = Http.get(this.port, "/actuator/queries/" + id);
			assertThat(detail.statusCode()).as(path).isEqualTo(200);
			JsonNode json = JsonMapper.builder().build().readTree(detail.body());
			assertThat(json.get("id").asString()).isEqualTo(id);
			assertThat(json.get("queryCount").asInt()).isZero();
			assertThat(json.get("uri").asString()).isEqualTo(path.equals("/none") ? "/none" : "/elsewhere/{statements}");
		}
	}

	/** The application's own decorator, and a bean of its that injects it by type. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDecorator {

		final AtomicInteger decorated = new AtomicInteger();

		TaskDecorator decorator;

		TaskDecorator injectedByType;

		@Bean
		TaskDecorator applicationTaskDecorator() {
			this.decorator = (runnable) -> () -> {
				this.decorated.incrementAndGet();
				runnable.run();
			};
			return this.decorator;
		}

		@Bean
		Object taskDecoratorUser(TaskDecorator decorator) {
			this.injectedByType = decorator;
			return new Object();
		}

	}

}
