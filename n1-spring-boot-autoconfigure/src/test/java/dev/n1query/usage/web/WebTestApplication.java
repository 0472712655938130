package dev.n1query.usage.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A small application standing for a user's: JdbcTemplate endpoints on H2. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableAsync
public class WebTestApplication {

	/** Statements run on the application's task executor, for the propagation tests. */
	@org.springframework.stereotype.Service
	public static class AsyncWork {

		private final JdbcTemplate jdbc;

		AsyncWork(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@org.springframework.scheduling.annotation.Async
		public java.util.concurrent.CompletableFuture<Integer> lookups(int statements) {
			for (int i = 0; i < statements; i++) {
				this.jdbc.queryForObject("select ? + 1", Integer.class, i);
			}
			return java.util.concurrent.CompletableFuture.completedFuture(statements);
		}

	}

	@Bean
	ReportsById reportsById() {
		return new ReportsById();
	}

	/** Collects every report by its id, as a test would look them up. */
	public static class ReportsById implements ScopeReportListener {

		final Map<String, ScopeReport> reports = new ConcurrentHashMap<>();

		@Override
		public void onReport(ScopeReport report) {
			this.reports.put(report.id(), report);
		}

		public ScopeReport get(String id) {
			return this.reports.get(id);
		}

		/**
		 * The report of a response, waiting for it: the response can reach the client
		 * before the filter has closed the request's scope.
		 */
		public ScopeReport awaitReport(java.net.http.HttpResponse<?> response) {
			String id = response.headers().firstValue(dev.n1query.web.N1RequestFilter.REQUEST_ID_HEADER).orElseThrow();
			return org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(10))
				.until(() -> this.reports.get(id), java.util.Objects::nonNull);
		}

	}

	@RestController
	static class WorkController {

		private final JdbcTemplate jdbc;

		private final AsyncWork async;

		private final dev.n1query.core.QueryTracker tracker;

		private final java.util.concurrent.Executor applicationTaskExecutor;

		WorkController(JdbcTemplate jdbc, AsyncWork async, dev.n1query.core.QueryTracker tracker,
				@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") java.util.concurrent.Executor applicationTaskExecutor) {
			this.jdbc = jdbc;
			this.async = async;
			this.tracker = tracker;
			this.applicationTaskExecutor = applicationTaskExecutor;
		}

		@GetMapping("/async/future/{ids}")
		int asyncFuture(@PathVariable int ids) {
			return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				int total = 0;
				for (int id = 1; id <= ids; id++) {
					total += this.jdbc.queryForObject("select count(*) from (values (1), (2)) t(x) where x = ?",
							Integer.class, id);
				}
				return total;
			}, this.applicationTaskExecutor).join();
		}

		@GetMapping("/elsewhere/{statements}")
		String elsewhere(@PathVariable int statements) throws InterruptedException {
			Thread thread = new Thread(() -> {
				for (int i = 0; i < statements; i++) {
					this.jdbc.queryForObject("select ? + 2", Integer.class, i);
				}
			});
			thread.start();
			thread.join();
			return "elsewhere";
		}

		@GetMapping("/none")
		String none() {
			return "none";
		}

		@GetMapping("/async/service/{statements}")
		int asyncService(@PathVariable int statements) {
			this.jdbc.queryForObject("select 1", Integer.class);
			return this.async.lookups(statements).join();
		}

		@GetMapping("/async/callable/{statements}")
		java.util.concurrent.Callable<String> asyncCallable(@PathVariable int statements) {
			return () -> {
				for (int i = 0; i < statements; i++) {
					this.jdbc.queryForObject("select ? * 2", Integer.class, i);
				}
				return Thread.currentThread().getName();
			};
		}

		@GetMapping("/work/{marker}/{statements}")
		String work(@PathVariable String marker, @PathVariable int statements) {
			for (int i = 0; i < statements; i++) {
				this.jdbc.queryForObject("select cast(? as varchar) || '-" + i + "'", String.class, marker);
			}
			return marker;
		}

		@GetMapping("/customers/orders")
		int ordersPerCustomer() {
			int total = 0;
			for (int customerId = 1; customerId <= 5; customerId++) {
				total += this.jdbc.queryForObject("select count(*) from (values (1), (2)) t(x) where x <> ?",
						Integer.class, customerId);
			}
			return total;
		}

		@GetMapping(path = "/html", produces = "text/html;charset=UTF-8")
		String html() {
			this.jdbc.queryForObject("select 1", Integer.class);
			return "<html><body><h1>Hello</h1></body></html>";
		}

		@GetMapping(path = "/stream", produces = "text/html;charset=UTF-8")
		org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody stream() {
			this.jdbc.queryForObject("select 1", Integer.class);
			return (out) -> {
				for (int i = 0; i < 3; i++) {
					out.write(("<p>chunk " + i + "</p>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
					out.flush();
				}
				out.write("</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			};
		}

		@GetMapping("/sse")
		org.springframework.web.servlet.mvc.method.annotation.SseEmitter sse() {
			this.jdbc.queryForObject("select 1", Integer.class);
			org.springframework.web.servlet.mvc.method.annotation.SseEmitter emitter = new org.springframework.web.servlet.mvc.method.annotation.SseEmitter();
			new Thread(() -> {
				try {
					emitter.send("<html><body>event</body></html>");
					emitter.complete();
				}
				catch (java.io.IOException ex) {
					emitter.completeWithError(ex);
				}
			}).start();
			return emitter;
		}

		@GetMapping("/probe")
		String probe() {
			this.jdbc.queryForObject("select 1", Integer.class);
			dev.n1query.core.QueryScope scope = this.tracker.current();
			return (scope != null) ? Integer.toString(scope.depth()) : "none";
		}

		@GetMapping(path = "/large-sync", produces = "application/octet-stream")
		void largeSync(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
			this.jdbc.queryForObject("select 1", Integer.class);
			byte[] chunk = new byte[64 * 1024];
			for (int i = 0; i < 2_000; i++) {
				response.getOutputStream().write(chunk);
				response.flushBuffer();
			}
		}

		@GetMapping("/fail")
		String fail() {
			this.jdbc.queryForObject("select 1", Integer.class);
			throw new IllegalStateException("boom");
		}

	}

}
