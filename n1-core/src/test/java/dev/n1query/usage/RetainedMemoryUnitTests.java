package dev.n1query.usage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.ParameterValues;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.RecordedStatement;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a scope retains is bounded by the cut text, not by what the application sends:
 * string-built statements of 50 KB, every one distinct, are kept at most 10,000
 * characters each, and only as many as the scope's bounds allow.
 */
class RetainedMemoryUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
			List.of(this.reports::add));

	@Test
	void distinctLongStatementsAreRetainedCut() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		String filler = "x".repeat(50_000);
		long before = usedAfterGc(memory);
		long retained;
		try (QueryScope scope = this.tracker.open("import")) {
			for (int shape = 0; shape < 10; shape++) {
				for (int i = 0; i < 300; i++) {
					// 10 shapes × 300 string-built statements of 50 KB, each a distinct String
					this.tracker.record(StatementExecution
						.of("insert into t" + shape + " (id, body) values (" + i + ", '" + filler + i + "')"));
				}
			}
			retained = usedAfterGc(memory) - before;
		}
		// Before: 143.9 MB (the uncut text of 256 repeats per shape).
		assertThat(retained).isLessThan(40L * 1024 * 1024);
		ScopeReport report = this.reports.get(0);
		assertThat(report.queryCount()).isEqualTo(3_000);
		assertThat(report.statements()).extracting(RecordedStatement::sql)
			.allSatisfy((sql) -> assertThat(sql).hasSizeLessThanOrEqualTo(ParameterValues.MAX_SQL_LENGTH + 1));
	}

	@Test
	void statementsWithThousandsOfParametersKeepABoundedRendering() {
		Object[] values = new Object[5_000];
		for (int i = 0; i < values.length; i++) {
			values[i] = "v".repeat(300) + i;
		}
		try (QueryScope scope = this.tracker.open("batch")) {
			this.tracker.record(StatementExecution.of("select * from t where a in (" + "?, ".repeat(4_999) + "?)",
					values));
		}
		List<String> parameters = this.reports.get(0).statements().get(0).parameters();
		assertThat(parameters).hasSize(ParameterValues.MAX_VALUES + 1).last().isEqualTo("… 4,900 more");
		assertThat(parameters).allSatisfy(
				(value) -> assertThat(value).hasSizeLessThanOrEqualTo(ParameterValues.MAX_VALUE_LENGTH + 2));
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
