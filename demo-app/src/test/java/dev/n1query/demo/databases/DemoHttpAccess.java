package dev.n1query.demo.databases;

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

/** Real HTTP to the demo and the N1 report of the response, for this package's tests. */
final class DemoHttpAccess {

	private DemoHttpAccess() {
	}

	static ScopeReport call(int port, Reports reports, String method, String path) throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding());
		String id = response.headers().firstValue("X-N1-Request-Id").orElseThrow();
		return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> reports.byId.get(id), Objects::nonNull);
	}

	static class Reports implements ScopeReportListener {

		final Map<String, ScopeReport> byId = new ConcurrentHashMap<>();

		@Override
		public void onReport(ScopeReport report) {
			this.byId.put(report.id(), report);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ReportsConfiguration {

		@Bean
		Reports reports() {
			return new Reports();
		}

	}

}
