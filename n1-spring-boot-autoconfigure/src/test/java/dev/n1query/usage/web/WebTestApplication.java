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
public class WebTestApplication {

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

	}

	@RestController
	static class WorkController {

		private final JdbcTemplate jdbc;

		WorkController(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
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

		@GetMapping("/fail")
		String fail() {
			this.jdbc.queryForObject("select 1", Integer.class);
			throw new IllegalStateException("boom");
		}

	}

}
