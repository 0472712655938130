package dev.n1query.demo.observability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.n1query.demo.DemoApplication;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings in traces, end to end: the demo runs with Micrometer Tracing (Brave) exporting
 * to a real Zipkin server started on loopback; after the broken customers page is
 * requested, the stored trace carries N1's attributes and one event per N+1, and Zipkin's
 * own UI, rendered by headless Chromium, shows them.
 */
class ZipkinTracesIntegrationTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOT = Path.of("target", "zipkin", "n1-trace.png");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void findingsAreEventsOnTheRequestSpanInZipkin(@TempDir Path workDir) throws Exception {
		try (ZipkinServer zipkin = ZipkinServer.start(workDir);
				ConfigurableApplicationContext demo = new SpringApplicationBuilder(DemoApplication.class).run(
						"--server.port=0", "--spring.application.name=n1-demo",
						"--spring.datasource.url=jdbc:h2:mem:zipkin;DB_CLOSE_DELAY=-1",
						"--management.tracing.sampling.probability=1.0",
						"--management.tracing.export.zipkin.endpoint=" + zipkin.url("/api/v2/spans"))) {
			int port = ((WebServerApplicationContext) demo).getWebServer().getPort();
			HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/customers"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);

			JsonNode span = Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> serverSpanWithN1(zipkin), java.util.Objects::nonNull);
			JsonNode tags = span.path("tags");
			assertThat(tags.path("n1.nplusone").asString()).isEqualTo("true");
			assertThat(Integer.parseInt(tags.path("n1.queries").asString())).isGreaterThan(10);
			assertThat(tags.path("n1.request.id").asString()).matches("[0-9a-f]{16}");
			assertThat(tags.path("http.url").asString()).contains("/customers");
			List<String> events = new ArrayList<>();
			span.path("annotations").forEach((annotation) -> events.add(annotation.path("value").asString()));
			assertThat(events).anySatisfy((event) -> assertThat(event).startsWith("n1.nplusone count=")
				.contains("callSite=")
				.contains("fingerprint=select"));

			String traceId = span.path("traceId").asString();
			String dom = chromium(workDir, "--dump-dom", zipkin.url("/zipkin/traces/" + traceId));
			assertThat(dom).contains("n1.nplusone count=").contains("n1.request.id");
			Files.createDirectories(SCREENSHOT.getParent());
			chromium(workDir, "--screenshot=" + SCREENSHOT.toAbsolutePath(), zipkin.url("/zipkin/traces/" + traceId));
			assertThat(SCREENSHOT).isNotEmptyFile();
			assertThat(Files.readAllBytes(SCREENSHOT)).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		}
	}

	private JsonNode serverSpanWithN1(ZipkinServer zipkin) throws Exception {
		HttpResponse<String> response = zipkin
			.get("/api/v2/traces?serviceName=n1-demo&annotationQuery=n1.nplusone%3Dtrue&limit=10");
		if (response.statusCode() != 200) {
			return null;
		}
		for (JsonNode trace : this.json.readTree(response.body())) {
			for (JsonNode span : trace) {
				if ("SERVER".equals(span.path("kind").asString()) && span.path("tags").has("n1.request.id")
						&& span.path("tags").path("http.url").asString().endsWith("/customers")) {
					return span;
				}
			}
		}
		return null;
	}

	private static String chromium(Path workDir, String output, String url) throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM);
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new AssertionError("chromium is not installed: .ci/run must install it");
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Debian's chromium is not installed");
		Path out = workDir.resolve("chromium-" + System.nanoTime() + ".out");
		Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-dev-shm-usage", "--user-data-dir=" + workDir.resolve("profile"),
				"--window-size=1400,1000", "--virtual-time-budget=20000", output, url)
			.redirectOutput(out.toFile())
			.redirectError(workDir.resolve("chromium.err").toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
		return Files.readString(out);
	}

}
