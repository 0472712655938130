package dev.n1query.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;
import org.awaitility.Awaitility;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Real HTTP against the running demo, and the N1 report of each response, found by its
 * {@code X-N1-Request-Id}.
 */
public final class DemoHttp {

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	private final Reports reports;

	public DemoHttp(int port, Reports reports) {
		this.port = port;
		this.reports = reports;
	}

	public HttpResponse<String> send(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send("GET", path);
	}

	ScopeReport report(HttpResponse<?> response) {
		String id = response.headers().firstValue("X-N1-Request-Id").orElseThrow();
		// The response can reach the client before N1 has closed the request's scope.
		return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.reports.byId.get(id), Objects::nonNull);
	}

	public ScopeReport call(String method, String path) throws Exception {
		HttpResponse<String> response = send(method, path);
		if (response.statusCode() != 200) {
			throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return report(response);
	}

	/** Collects the report of every scope. */
	public static class Reports implements ScopeReportListener {

		final Map<String, ScopeReport> byId = new ConcurrentHashMap<>();

		@Override
		public void onReport(ScopeReport report) {
			this.byId.put(report.id(), report);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class ReportsConfiguration {

		@Bean
		Reports reports() {
			return new Reports();
		}

	}

}
