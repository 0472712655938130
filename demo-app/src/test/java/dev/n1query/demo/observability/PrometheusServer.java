package dev.n1query.demo.observability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus server (Debian's {@code prometheus} package) started on loopback,
 * scraping the demo every second and evaluating N1's alert rules.
 */
final class PrometheusServer implements AutoCloseable {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Process process;

	private final int port;

	private PrometheusServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * The path of a Prometheus tool, or a skipped test with the reason; in CI a missing
	 * tool fails the test instead.
	 */
	static Path tool(String name) {
		Optional<Path> found = Optional.ofNullable(System.getenv("PATH"))
			.stream()
			.flatMap((path) -> java.util.Arrays.stream(path.split(java.io.File.pathSeparator)))
			.map((dir) -> Path.of(dir, name))
			.filter(Files::isExecutable)
			.findFirst();
		if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new AssertionError(name + " is not installed: .ci/run must install Debian's prometheus package");
		}
		Assumptions.assumeTrue(found.isPresent(),
				name + " is not on the PATH: install Debian's prometheus package to run this check");
		return found.get();
	}

	static PrometheusServer start(int appPort, Path rules, Path workDir) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path config = workDir.resolve("prometheus.yml");
		Files.writeString(config, """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				rule_files:
				  - %s
				scrape_configs:
				  - job_name: n1-demo
				    metrics_path: /actuator/prometheus
				    static_configs:
				      - targets: ['127.0.0.1:%d']
				""".formatted(rules.toAbsolutePath(), appPort));
		Process process = new ProcessBuilder(tool("prometheus").toString(), "--config.file=" + config,
				"--storage.tsdb.path=" + workDir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("prometheus.log").toFile())
			.start();
		PrometheusServer server = new PrometheusServer(process, port);
		server.awaitReady(workDir);
		return server;
	}

	private void awaitReady(Path workDir) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Prometheus exited: " + Files.readString(workDir.resolve("prometheus.log")));
			}
			try {
				HttpResponse<String> ready = get("/-/ready");
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Prometheus did not become ready in 30 s");
	}

	private HttpResponse<String> get(String pathAndQuery) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Runs an instant query and returns its {@code data.result} array. */
	JsonNode query(String promql) throws Exception {
		HttpResponse<String> response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
		JsonNode body = this.json.readTree(response.body());
		if (!"success".equals(body.path("status").asString())) {
			throw new AssertionError("Query failed: " + promql + " → " + response.body());
		}
		return body.path("data").path("result");
	}

	/** Waits until Prometheus has scraped the demo this many more times. */
	void awaitScrapes(int scrapes) throws Exception {
		double start = scrapesSoFar();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (scrapesSoFar() >= start + scrapes) {
				return;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("Prometheus did not scrape " + scrapes + " more times in 30 s");
	}

	private double scrapesSoFar() throws Exception {
		JsonNode result = query("count_over_time(up{job=\"n1-demo\"}[10m])");
		return result.isEmpty() ? 0 : result.get(0).path("value").get(1).asDouble();
	}

	@Override
	public void close() throws Exception {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
