package dev.n1query.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.n1query.core.CallSite;
import dev.n1query.core.Finding;
import dev.n1query.core.ReportFormatter;
import dev.n1query.core.ScopeReport;
import dev.n1query.demo.scenarios.Scenario;
import dev.n1query.demo.scenarios.ScenarioCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding of every broken scenario of the demo names a line of the demo's own code
 * (class, file and line), a line of its template with the expression, or the JSON path
 * being written; the log lines they make are kept in {@code target/demo-findings.log}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:demo-lines;DB_CLOSE_DELAY=-1")
@Import(DemoHttp.ReportsConfiguration.class)
class DemoFindingsNameTheirLineIntegrationTests {

	private static final Pattern TEMPLATE_LINE = Pattern
		.compile("rendering [\\w-]+\\.html:\\d+ (th|data-th)[:-][\\w-]+=\".+\" for \\w+\\.\\w+");

	private static final Pattern JSON_PATH = Pattern
		.compile("writing the response at \\$[\\w.\\[\\]*]+ \\(\\w+\\.\\w+\\) for \\w+\\.\\w+");

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	ScenarioCatalog catalog;

	@Test
	void everyFindingNamesALineOfTheDemo() throws Exception {
		DemoHttp http = new DemoHttp(this.port, this.reports);
		List<String> log = new ArrayList<>();
		for (Scenario scenario : this.catalog.all()) {
			ScopeReport report = http.call(scenario.method(), scenario.brokenUrl());
			List<Finding> findings = new ArrayList<>(report.nPlusOne());
			findings.addAll(report.duplicates());
			assertThat(findings).as(scenario.brokenUrl()).isNotEmpty();
			for (Finding finding : findings) {
				log.add(((finding.kind() == dev.n1query.core.FindingKind.DUPLICATE) ? "Duplicate queries in "
						: "N+1 queries in ") + report.name() + ": " + ReportFormatter.describe(finding));
				List<CallSite> callSites = new ArrayList<>(finding.callSites());
				finding.members().forEach((member) -> callSites.addAll(member.callSites()));
				assertThat(callSites).as("call sites of %s", scenario.brokenUrl())
					.allSatisfy(DemoFindingsNameTheirLineIntegrationTests::namesADemoLine);
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/demo-findings.log"), log);
	}

	private static void namesADemoLine(CallSite callSite) {
		if (callSite.isFrame()) {
			assertThat(callSite.className()).as(callSite.toString()).startsWith("dev.n1query.demo.");
			assertThat(callSite.fileName()).as(callSite.toString()).endsWith(".java");
			assertThat(callSite.lineNumber()).as(callSite.toString()).isPositive();
		}
		else {
			assertThat(callSite.toString()).matches((text) -> TEMPLATE_LINE.matcher(text).matches()
					|| JSON_PATH.matcher(text).matches(), "a template line or a JSON path");
		}
	}

}
