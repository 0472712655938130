package dev.n1query.usage.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** An application with background work only: a scheduled job on H2, no hand-written scope. */
@SpringBootApplication
@EnableScheduling
public class JobsTestApplication {

	@Bean
	JobReports jobReports() {
		return new JobReports();
	}

	/** A nightly job that looks up every customer's orders one by one. */
	@Component
	static class OrderDigest {

		private final JdbcTemplate jdbc;

		OrderDigest(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Scheduled(fixedDelay = 200)
		void summarise() {
			digest(5);
		}

		int digest(int customers) {
			int total = 0;
			for (int id = 1; id <= customers; id++) {
				total += this.jdbc.queryForObject("select count(*) from (values (1), (2)) t(x) where x = ?",
						Integer.class, id);
			}
			return total;
		}

	}

	/** Collects the reports of jobs by name. */
	public static class JobReports implements ScopeReportListener {

		final Map<String, List<ScopeReport>> byName = new ConcurrentHashMap<>();

		final List<ScopeReport> all = new CopyOnWriteArrayList<>();

		@Override
		public void onReport(ScopeReport report) {
			this.all.add(report);
			if (report.kind() == ScopeKind.JOB) {
				this.byName.computeIfAbsent(report.name(), (name) -> new CopyOnWriteArrayList<>()).add(report);
			}
		}

		public List<ScopeReport> named(String name) {
			return this.byName.getOrDefault(name, List.of());
		}

	}

}
