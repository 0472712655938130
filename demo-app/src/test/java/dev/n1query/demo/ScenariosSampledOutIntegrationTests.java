package dev.n1query.demo;

import java.util.List;

import dev.n1query.core.ScopeReport;
import dev.n1query.demo.scenarios.Scenario;
import dev.n1query.demo.scenarios.ScenarioCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario, broken and fixed, with every request left out by sampling
 * ({@code n1.detection.sample-rate=0}): the pages still work (JPA lazy loads, templates, JSON,
 * batched writes, with N1's ORM and view integrations standing aside), and their statements
 * are counted exactly, with no finding.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:sampled-out;DB_CLOSE_DELAY=-1",
				"n1.detection.sample-rate=0", "n1.detection.min-analysed-per-second=0" })
@Import(DemoHttp.ReportsConfiguration.class)
class ScenariosSampledOutIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	ScenarioCatalog catalog;

	DemoHttp http;

	@BeforeEach
	void http() {
		this.http = new DemoHttp(this.port, this.reports);
	}

	@TestFactory
	List<DynamicTest> everyFormIsCountedExactlyAndNotAnalysed() {
		return this.catalog.all()
			.stream()
			.map((scenario) -> DynamicTest.dynamicTest(scenario.name(), () -> assertCountedOnly(scenario)))
			.toList();
	}

	private void assertCountedOnly(Scenario scenario) throws Exception {
		ScopeReport fixed = this.http.call(scenario.method(), scenario.fixedUrl());
		assertThat(fixed.analysed()).isFalse();
		assertThat(fixed.queryCount()).as("statements of %s", scenario.fixedUrl())
			.isEqualTo(scenario.expectedFixedQueries());
		ScopeReport broken = this.http.call(scenario.method(), scenario.brokenUrl());
		assertThat(broken.analysed()).isFalse();
		assertThat(broken.queryCount()).as("statements of %s", scenario.brokenUrl())
			.isGreaterThanOrEqualTo(scenario.brokenRepeats())
			.isGreaterThan(scenario.expectedFixedQueries());
		assertThat(broken.nPlusOne()).isEmpty();
		assertThat(broken.duplicates()).isEmpty();
		assertThat(broken.statements()).isEmpty();
	}

}
