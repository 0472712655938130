package dev.n1query.demo.observability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Zipkin server (its executable jar from Maven Central, copied to
 * {@code target/zipkin} by the build) started on loopback with in-memory storage. Without
 * the jar the test is skipped, except in CI ({@code CI=true}), where it fails.
 */
final class ZipkinServer implements AutoCloseable {

	static final Path JAR = Path.of("target", "zipkin", "zipkin-server.jar");

	private final HttpClient http = HttpClient.newHttpClient();

	private final Process process;

	final int port;

	private ZipkinServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ZipkinServer start(Path workDir) throws Exception {
		boolean present = Files.isRegularFile(JAR);
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new AssertionError(JAR + " is missing: the build's copy-zipkin-server execution must provide it");
		}
		Assumptions.assumeTrue(present, JAR + " is missing: run the build through Maven to copy it");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("zipkin.log").toFile());
		builder.environment().put("QUERY_PORT", Integer.toString(port));
		builder.environment().put("STORAGE_TYPE", "mem");
		ZipkinServer server = new ZipkinServer(builder.start(), port);
		server.awaitHealthy(workDir);
		return server;
	}

	private void awaitHealthy(Path workDir) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Zipkin exited: " + Files.readString(workDir.resolve("zipkin.log")));
			}
			try {
				if (get("/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("Zipkin did not become healthy in 120 s");
	}

	HttpResponse<String> get(String pathAndQuery) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + this.port + pathAndQuery;
	}

	@Override
	public void close() throws Exception {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
