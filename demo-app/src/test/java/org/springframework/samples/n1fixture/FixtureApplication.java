package org.springframework.samples.n1fixture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;
import jakarta.persistence.EntityManager;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application whose own package starts with {@code org.springframework.}, as Spring's
 * sample applications do: bytecode-enhanced entities, a generated-style mapper, a
 * Thymeleaf page, JSON, and a {@code @ModelAttribute} method.
 */
@SpringBootApplication
public class FixtureApplication {

	@Bean
	ApplicationRunner seed(EntityManager entityManager, TransactionTemplate transactions) {
		return (arguments) -> transactions.executeWithoutResult((status) -> {
			for (long id = 1; id <= 4; id++) {
				OwnerEntity owner = new OwnerEntity(id, "Owner " + id);
				entityManager.persist(owner);
				entityManager.persist(new PetEntity(id * 10, "Pet " + id, owner));
			}
		});
	}

	@Bean
	Reports reports() {
		return new Reports();
	}

	/** Every report, as a test looks them up. */
	public static class Reports implements ScopeReportListener {

		private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

		@Override
		public void onReport(ScopeReport report) {
			this.reports.add(report);
		}

		public ScopeReport last(String path) {
			ScopeReport found = null;
			for (ScopeReport report : this.reports) {
				if (path.equals(report.path())) {
					found = report;
				}
			}
			return found;
		}

	}

}
