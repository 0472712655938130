package dev.n1query.demo.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the N1 suite report that the demo's own test run wrote to {@code target/n1}. Not a
 * {@code *Tests} class: Surefire runs it in a second execution, in the verify phase, after
 * the whole test phase (see the demo's pom). When only some tests ran ({@code -Dtest=…})
 * the report lacks the tests checked here and the check is skipped, never in CI.
 */
class SuiteReportCheck {

	private static final Path TARGET = Paths.get(System.getProperty("basedir", "."), "target");

	private static final String DATA_JPA_TESTS = "dev.n1query.demo.shop.CustomerRepositoryDataJpaTests";

	private static JsonNode report;

	@BeforeAll
	static void readReport() throws IOException {
		Path json = TARGET.resolve("n1/report.json");
		assertThat(json).as("the N1 report of the demo's test run").exists();
		report = new ObjectMapper().readTree(json.toFile());
		boolean complete = testClass(DATA_JPA_TESTS) != null;
		assumeTrue(complete || Boolean.parseBoolean(System.getenv("CI")),
				"Only some tests ran (-Dtest=…): the report has no " + DATA_JPA_TESTS);
	}

	@Test
	void writtenByThisRun() throws IOException {
		// the report is written when the run ends; Surefire writes each class's XML as the class ends
		FileTime written = Files.getLastModifiedTime(TARGET.resolve("n1/report.json"));
		try (Stream<Path> results = Files.list(TARGET.resolve("surefire-reports"))) {
			FileTime firstClassDone = results.filter((file) -> file.getFileName().toString().startsWith("TEST-"))
				.map(SuiteReportCheck::lastModified)
				.min(FileTime::compareTo)
				.orElseThrow();
			assertThat(written).isGreaterThanOrEqualTo(firstClassDone);
		}
	}

	private static FileTime lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void totalsAddUp() {
		int statements = 0;
		int tests = 0;
		for (JsonNode testClass : report.get("classes")) {
			statements += testClass.get("statements").asInt();
			tests += testClass.get("tests").size();
		}
		assertThat(report.at("/totals/tests").asInt()).isEqualTo(tests).isPositive();
		assertThat(report.at("/totals/statements").asInt()).isEqualTo(statements).isPositive();
		assertThat(report.at("/totals/nPlusOne").asInt()).isPositive();
		assertThat(report.get("worstTests")).isNotEmpty();
	}

	@Test
	void namesTheNPlusOneOfTheDataJpaTestWithItsCallSiteAndFix() {
		JsonNode broken = test(DATA_JPA_TESTS, "lazyOrdersPerCustomerAreAnNPlusOne");
		assertThat(broken.get("statements").asInt()).isEqualTo(6);
		assertThat(broken.get("nPlusOne")).singleElement().satisfies((finding) -> {
			assertThat(finding.get("count").asInt()).isEqualTo(5);
			assertThat(finding.get("entity").asString()).isEqualTo("Customer");
			assertThat(finding.get("association").asString()).isEqualTo("orders");
			assertThat(finding.get("callSiteMethod").asString()).isEqualTo("lazyOrdersPerCustomerAreAnNPlusOne");
			assertThat(finding.get("fix").asString()).contains("orders");
		});
		JsonNode fixed = test(DATA_JPA_TESTS, "entityGraphLoadsEverythingInOneStatement");
		assertThat(fixed.get("statements").asInt()).isEqualTo(1);
		assertThat(fixed.get("nPlusOne")).isEmpty();
	}

	@Test
	void htmlShowsTheSameAndNeedsNoNetwork() throws IOException {
		String html = Files.readString(TARGET.resolve("n1/report.html"));
		assertThat(html).contains("CustomerRepositoryDataJpaTests")
			.contains("lazyOrdersPerCustomerAreAnNPlusOne")
			.contains("loading <b>Customer.orders</b>")
			.contains("<b>" + report.at("/totals/statements").asInt() + "</b>statements")
			.doesNotContain("<script", "<link", "src=", "url(", "@import");
	}

	private static JsonNode testClass(String name) {
		for (JsonNode testClass : report.get("classes")) {
			if (testClass.get("name").asString().equals(name)) {
				return testClass;
			}
		}
		return null;
	}

	private static JsonNode test(String className, String name) {
		JsonNode testClass = testClass(className);
		assertThat(testClass).as(className + " in the report").isNotNull();
		for (JsonNode test : testClass.get("tests")) {
			if (test.get("name").asString().equals(name)) {
				return test;
			}
		}
		throw new AssertionError("No test " + name + " of " + className + " in the report");
	}

}
