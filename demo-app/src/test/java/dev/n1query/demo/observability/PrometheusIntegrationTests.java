package dev.n1query.demo.observability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.n1query.demo.scenarios.Scenario;
import dev.n1query.demo.scenarios.ScenarioCatalog;
import io.prometheus.metrics.tracer.common.SpanContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped dashboard and alert rules against a real Prometheus scraping the demo:
 * after the broken scenarios run, their routes have N+1 detections and the fixed routes
 * none; every PromQL expression of the dashboard and of the rules returns data;
 * {@code promtool} accepts the rules and the scrape.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:prometheus;DB_CLOSE_DELAY=-1")
@Import(PrometheusIntegrationTests.NoExemplars.class)
class PrometheusIntegrationTests {

	static final Path DASHBOARD = Path.of("..", "dashboards", "n1-grafana.json");

	static final Path RULES = Path.of("..", "dashboards", "n1-alerts.yml");

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ScenarioCatalog catalog;

	@Test
	void dashboardAndAlertsWorkAgainstARealPrometheus(@TempDir Path workDir) throws Exception {
		try (PrometheusServer prometheus = PrometheusServer.start(this.port, RULES, workDir)) {
			prometheus.awaitScrapes(2); // a baseline before any traffic, so rate() and increase() see it
			runEveryScenario(3);
			prometheus.awaitScrapes(3);

			for (Scenario scenario : this.catalog.all()) {
				String brokenRoute = route(scenario.brokenUrl());
				String fixedRoute = route(scenario.fixedUrl());
				String counter = scenario.finding().equals("DUPLICATE") ? "n1_duplicates_detections_total"
						: "n1_nplusone_detections_total";
				assertThat(value(prometheus, counter + "{uri=\"" + brokenRoute + "\"}")).as(brokenRoute).isPositive();
				assertThat(value(prometheus, counter + "{uri=\"" + fixedRoute + "\"}")).as(fixedRoute).isZero();
			}
			for (String expression : expressions()) {
				assertThat(prometheus.query(expression)).as(expression).isNotEmpty();
			}
			assertThat(prometheus.query("ALERTS{alertname=\"N1NPlusOneOnRoute\"}")).as("alert N1NPlusOneOnRoute")
				.isNotEmpty();
		}
	}

	@Test
	void promtoolAcceptsTheRulesAndTheScrape() throws Exception {
		assertThat(run(List.of(PrometheusServer.tool("promtool").toString(), "check", "rules", RULES.toString()),
				null)).isZero();
		runEveryScenario(1);
		String scrape = new String(java.net.URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus")
			.toURL()
			.openStream()
			.readAllBytes(), StandardCharsets.UTF_8);
		assertThat(scrape).contains("n1_request_queries_bucket", "n1_nplusone_detections_total", "n1_queries_total",
				"n1_request_query_time_seconds_count");
		// N1's own series must lint clean; the scrape also holds Spring Boot's and the JVM's, not ours to fix.
		StringBuilder n1Series = new StringBuilder();
		scrape.lines()
			.filter((line) -> line.startsWith("n1_") || line.startsWith("# HELP n1_") || line.startsWith("# TYPE n1_"))
			.forEach((line) -> n1Series.append(line).append('\n'));
		assertThat(run(List.of(PrometheusServer.tool("promtool").toString(), "check", "metrics"), n1Series.toString()))
			.isZero();
	}

	/** Every PromQL expression of the dashboard's panels and of the alert rules. */
	static List<String> expressions() throws Exception {
		List<String> expressions = new ArrayList<>(dashboardExpressions());
		expressions.addAll(ruleExpressions());
		return expressions;
	}

	static List<String> dashboardExpressions() throws Exception {
		List<String> expressions = new ArrayList<>();
		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
		dashboard.path("panels")
			.forEach((panel) -> panel.path("targets").forEach((target) -> expressions.add(target.path("expr").asString())));
		return expressions;
	}

	@SuppressWarnings("unchecked")
	static List<String> ruleExpressions() throws Exception {
		Map<String, Object> rules = new Yaml().load(Files.readString(RULES));
		List<String> expressions = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
			for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
				expressions.add((String) rule.get("expr"));
			}
		}
		return expressions;
	}

	private void runEveryScenario(int times) throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		for (int i = 0; i < times; i++) {
			for (Scenario scenario : this.catalog.all()) {
				for (String url : List.of(scenario.brokenUrl(), scenario.fixedUrl())) {
					var response = http.send(java.net.http.HttpRequest
						.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + url))
						.method(scenario.method(), java.net.http.HttpRequest.BodyPublishers.noBody())
						.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
					assertThat(response.statusCode()).as(url).isEqualTo(200);
				}
			}
		}
	}

	private static String route(String url) {
		return url.replace("/movies/1/", "/movies/{id}/");
	}

	private double value(PrometheusServer prometheus, String promql) throws Exception {
		JsonNode result = prometheus.query(promql);
		assertThat(result).as(promql).hasSize(1);
		return result.get(0).path("value").get(1).asDouble();
	}

	private static int run(List<String> command, String stdin) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (stdin != null) {
			try (var input = process.getOutputStream()) {
				input.write(stdin.getBytes(StandardCharsets.UTF_8));
			}
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		if (process.exitValue() != 0) {
			System.err.println(String.join(" ", command) + " said:\n" + output);
		}
		return process.exitValue();
	}

	/**
	 * Tracing is on the test classpath (for ZipkinTracesIntegrationTests), so the scrape
	 * would carry exemplars, which Debian's Prometheus 2.42 rejects. Spring Boot backs off
	 * its own span context for this one, on 4.0 (which has no
	 * {@code management.tracing.exemplars.include}) as on 4.1.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class NoExemplars {

		@Bean
		SpanContext noExemplarsSpanContext() {
			return new SpanContext() {

				@Override
				public String getCurrentTraceId() {
					return null;
				}

				@Override
				public String getCurrentSpanId() {
					return null;
				}

				@Override
				public boolean isCurrentSpanSampled() {
					return false;
				}

				@Override
				public void markCurrentSpanAsExemplar() {
				}

			};
		}

	}

}
