package dev.n1query.sample;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.n1query.test.N1SuiteReportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The suite report: sample test classes run through a JUnit Platform launcher with the
 * report's listener, then report.json and report.html are read back.
 */
class SuiteReportTests {

	@TempDir
	Path directory;

	private void run(Class<?>... testClasses) {
		// the listener the module registers through META-INF/services would write to target/n1: leave it out here
		Launcher launcher = LauncherFactory
			.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
		LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
		for (Class<?> testClass : testClasses) {
			request.selectors(selectClass(testClass));
		}
		SummaryGeneratingListener summary = new SummaryGeneratingListener();
		launcher.execute(request.build(), new N1SuiteReportListener(this.directory), summary);
		assertThat(summary.getSummary().getTestsStartedCount()).isEqualTo(4);
	}

	@Test
	void listsEachTestWithItsStatementsAndFindingsThenTotalsAndTheWorstTests() throws Exception {
		run(Shop.class);
		JsonNode report = new ObjectMapper().readTree(this.directory.resolve("report.json").toFile());
		assertThat(report.at("/totals/tests").asInt()).isEqualTo(4);
		assertThat(report.at("/totals/statements").asInt()).isEqualTo(5 + 5 + 1 + 2 + 2);
		assertThat(report.at("/totals/nPlusOne").asInt()).isEqualTo(2);
		assertThat(report.at("/totals/duplicates").asInt()).isEqualTo(1);
		JsonNode shop = report.at("/classes/0");
		assertThat(shop.get("name").asText()).isEqualTo(Shop.class.getName());
		JsonNode broken = test(shop, "brokenPage");
		assertThat(broken.get("status").asText()).isEqualTo("SUCCESSFUL");
		assertThat(broken.get("statements").asInt()).isEqualTo(10);
		assertThat(broken.get("nPlusOne")).hasSize(2);
		JsonNode finding = broken.at("/nPlusOne/0");
		assertThat(finding.get("count").asInt()).isEqualTo(5);
		assertThat(finding.get("callSiteClass").asText()).isEqualTo(SampleApplication.OrderService.class.getName());
		assertThat(finding.get("callSiteMethod").asText()).isEqualTo("totalsOneByOne");
		assertThat(finding.get("fix").asText()).isNotBlank();
		assertThat(test(shop, "fixedPage").get("nPlusOne")).isEmpty();
		assertThat(test(shop, "serviceCallOutsideAnyScope").get("statements").asInt()).isEqualTo(2);
		assertThat(test(shop, "serviceCallOutsideAnyScope").get("duplicates")).isEmpty();
		assertThat(test(shop, "duplicatePage").at("/duplicates/0/count").asInt()).isEqualTo(2);
		assertThat(report.at("/worstTests").findValuesAsString("test")).containsExactly("brokenPage", "duplicatePage",
				"serviceCallOutsideAnyScope", "fixedPage");
	}

	@Test
	void htmlIsSelfContainedAndShowsAFindingRepeatedAcrossRequestsOnce() throws Exception {
		run(Shop.class);
		String html = Files.readString(this.directory.resolve("report.html"));
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<b>15</b>statements")
			.contains("<b>2</b>N+1 findings")
			.contains("SuiteReportTests$Shop › brokenPage")
			.contains("<b>N+1</b> 5 × <code>select ? * ?</code> <span class=\"times\">in 2 scopes</span>")
			.contains("from <code>SampleApplication$OrderService.totalsOneByOne(")
			.contains("<b>Duplicate</b> 2 × ")
			.contains("fixed &lt;img src=x onerror=alert(1)&gt; page")
			.doesNotContain("<script", "<link", "<img", "url(", "@import");
	}

	private static JsonNode test(JsonNode testClass, String name) {
		for (JsonNode test : testClass.get("tests")) {
			if (test.get("name").asText().equals(name)) {
				return test;
			}
		}
		throw new AssertionError("No test " + name + " in " + testClass);
	}

	@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:suite")
	@AutoConfigureMockMvc
	@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
	static class Shop {

		@Autowired
		MockMvc mockMvc;

		@Autowired
		SampleApplication.OrderService orders;

		@Test
		void brokenPage() throws Exception {
			this.mockMvc.perform(get("/orders"));
			this.mockMvc.perform(get("/orders"));
		}

		@Test
		@org.junit.jupiter.api.DisplayName("fixed <img src=x onerror=alert(1)> page")
		void fixedPage() throws Exception {
			this.mockMvc.perform(get("/orders/fixed"));
		}

		@Test
		void duplicatePage() throws Exception {
			this.mockMvc.perform(get("/profile"));
		}

		@Test
		void serviceCallOutsideAnyScope() {
			this.orders.profileTwice();
		}

	}

}
