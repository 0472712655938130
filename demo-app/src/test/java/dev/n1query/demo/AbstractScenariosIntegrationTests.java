package dev.n1query.demo;

import java.util.List;

import dev.n1query.core.Finding;
import dev.n1query.core.ScopeReport;
import dev.n1query.demo.scenarios.Scenario;
import dev.n1query.demo.scenarios.ScenarioCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario of the demo through real HTTP: the broken form repeats its statement N
 * times and N1 reports it; the fixed form issues exactly its expected count and N1
 * reports nothing. Subclasses run it at different seeded sizes.
 */
@Import(DemoHttp.ReportsConfiguration.class)
public abstract class AbstractScenariosIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	ScenarioCatalog catalog;

	DemoHttp http;

	@BeforeEach
	public void http() {
		this.http = new DemoHttp(this.port, this.reports);
	}

	@TestFactory
	public List<DynamicTest> brokenFormIsReported() {
		return this.catalog.all()
			.stream()
			.map((scenario) -> DynamicTest.dynamicTest(scenario.name(), () -> assertBrokenIsReported(scenario)))
			.toList();
	}

	@TestFactory
	public List<DynamicTest> fixedFormIssuesExactlyItsExpectedCountAndIsClean() {
		return this.catalog.all()
			.stream()
			.map((scenario) -> DynamicTest.dynamicTest(scenario.name(), () -> assertFixedIsClean(scenario)))
			.toList();
	}

	private void assertBrokenIsReported(Scenario scenario) throws Exception {
		ScopeReport broken = this.http.call(scenario.method(), scenario.brokenUrl());
		List<Finding> findings = scenario.finding().equals("DUPLICATE") ? broken.duplicates() : broken.nPlusOne();
		assertThat(findings).as("%s findings of %s", scenario.finding(), scenario.brokenUrl()).isNotEmpty();
		assertThat(findings).extracting(Finding::count).as("repeats").allMatch((count) -> count == scenario.brokenRepeats());
		assertThat(findings).allSatisfy((finding) -> assertThat(finding.callSites()).allSatisfy(
				(callSite) -> assertThat(callSite.className()).as("call site of %s", finding.fingerprint())
					.startsWith("dev.n1query.demo.")));
		assertThat(broken.queryCount()).as("broken statements").isGreaterThan(scenario.expectedFixedQueries());
	}

	private void assertFixedIsClean(Scenario scenario) throws Exception {
		ScopeReport fixed = this.http.call(scenario.method(), scenario.fixedUrl());
		assertThat(fixed.queryCount()).as("statements of %s", scenario.fixedUrl())
			.isEqualTo(scenario.expectedFixedQueries());
		assertThat(fixed.nPlusOne()).as("N+1 of %s", scenario.fixedUrl()).isEmpty();
		assertThat(fixed.duplicates()).as("duplicates of %s", scenario.fixedUrl()).isEmpty();
	}

}
