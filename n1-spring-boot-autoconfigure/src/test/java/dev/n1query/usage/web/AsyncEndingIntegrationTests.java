package dev.n1query.usage.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servlet async requests that end without a final dispatch (completed from another
 * thread, timed out, or failed on a disconnected client) still close their scope exactly
 * once and keep its report; no request thread keeps the scope.
 */
@SpringBootTest(classes = { WebTestApplication.class, AsyncEndingIntegrationTests.Endpoints.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-async-ending;DB_CLOSE_DELAY=-1",
				"server.tomcat.threads.max=1", "server.tomcat.threads.min-spare=1" })
class AsyncEndingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Endpoints endpoints;

	@Autowired
	QueryTracker tracker;

	@Test
	void completedWithoutDispatchKeepsItsReportOnce() throws Exception {
		assertThat(Http.get(this.port, "/async-ending/complete/c1").body()).isEqualTo("done");
		ScopeReport report = onlyReportOf("c1");
		assertThat(report.queryCount()).isEqualTo(3);
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.uri()).isEqualTo("/async-ending/complete/{token}");
		// one request thread only: nothing of the async request stays bound to it
		assertThat(Http.get(this.port, "/probe").body()).as("no enclosing scope left").isEqualTo("0");
	}

	@Test
	void timedOutWithoutDispatchKeepsItsReportOnce() throws Exception {
		assertThat(Http.get(this.port, "/async-ending/timeout/t1").statusCode()).isEqualTo(500);
		ScopeReport report = onlyReportOf("t1");
		assertThat(report.queryCount()).isEqualTo(2);
		assertThat(report.status()).isEqualTo(500);
		assertThat(report.uri()).isEqualTo("/async-ending/timeout/{token}");
	}

	@Test
	void failedOnADisconnectedClientKeepsItsReportOnce() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /async-ending/error/e1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			assertThat(in.read(new byte[1024])).isPositive(); // the response has started
			socket.setSoLinger(true, 0); // reset the connection: the next writes fail
		}
		ScopeReport report = onlyReportOf("e1");
		assertThat(report.queryCount()).isEqualTo(1);
		assertThat(report.status()).as("the container's onError is the request's failure").isEqualTo(500);
		assertThat(this.endpoints.writeFailures).contains("e1");
	}

	// Waits for the report of the request marked with the token, and a little more to
	// see that it is not reported twice.
	private ScopeReport onlyReportOf(String token) throws InterruptedException {
		String id = Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> this.endpoints.scopeIds.get(token), java.util.Objects::nonNull);
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> this.endpoints.reports.stream().anyMatch((report) -> report.id().equals(id)));
		Thread.sleep(300);
		List<ScopeReport> reports = this.endpoints.reports.stream().filter((report) -> report.id().equals(id)).toList();
		assertThat(reports).hasSize(1);
		return reports.get(0);
	}

	/** Endpoints using the Servlet async API directly, as some applications do. */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class Endpoints implements ScopeReportListener {

		final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

		final Map<String, String> scopeIds = new ConcurrentHashMap<>();

		final List<String> writeFailures = new CopyOnWriteArrayList<>();

		@Autowired
		JdbcTemplate jdbc;

		@Autowired // lazily: this is one of the tracker's listeners
		ObjectProvider<QueryTracker> tracker;

		@Override
		public void onReport(ScopeReport report) {
			this.reports.add(report);
		}

		@GetMapping("/async-ending/complete/{token}")
		void complete(@PathVariable String token, HttpServletRequest request) {
			AsyncContext async = start(token, request, 3, 10_000);
			new Thread(() -> {
				try {
					async.getResponse().setContentType("text/plain");
					async.getResponse().getWriter().write("done");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
				async.complete();
			}).start();
		}

		@GetMapping("/async-ending/timeout/{token}")
		void timeout(@PathVariable String token, HttpServletRequest request) {
			start(token, request, 2, 300); // never completed: the container times it out
		}

		@GetMapping("/async-ending/error/{token}")
		void error(@PathVariable String token, HttpServletRequest request) {
			AsyncContext async = start(token, request, 1, 10_000);
			new Thread(() -> {
				byte[] chunk = new byte[16 * 1024];
				try {
					OutputStream out = async.getResponse().getOutputStream();
					for (int i = 0; i < 10_000; i++) {
						out.write(chunk);
						out.flush();
						Thread.sleep(5);
					}
				}
				catch (IOException ex) {
					this.writeFailures.add(token); // and leave it to the container
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}).start();
		}

		private AsyncContext start(String token, HttpServletRequest request, int statements, long timeoutMillis) {
			this.scopeIds.put(token, this.tracker.getObject().current().id());
			for (int i = 0; i < statements; i++) {
				this.jdbc.queryForObject("select ? + 7", Integer.class, i);
			}
			AsyncContext async = request.startAsync();
			async.setTimeout(timeoutMillis);
			return async;
		}

	}

}
