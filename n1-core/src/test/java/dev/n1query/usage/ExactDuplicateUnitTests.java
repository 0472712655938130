package dev.n1query.usage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact duplicates are the same SQL with the same values, compared as values: texts and
 * values whose hashes collide ({@code "Aa".hashCode() == "BB".hashCode()}) are different
 * statements, and an N+1 whose values collide is still an N+1.
 */
class ExactDuplicateUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
			List.of(this.reports::add));

	private ScopeReport run(Runnable statements) {
		try (QueryScope scope = this.tracker.open("job")) {
			statements.run();
		}
		assertThat(this.reports).hasSize(1);
		return this.reports.get(0);
	}

	private void record(String sql, Object... values) {
		this.tracker.record(StatementExecution.of(sql, values));
	}

	@Test
	void valuesWithTheSameHashAreNotDuplicates() {
		assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
		ScopeReport report = run(() -> {
			record("select * from customer where name = ?", "Aa");
			record("select * from customer where name = ?", "BB");
		});
		assertThat(report.duplicates()).isEmpty();
	}

	@Test
	void anNPlusOneWhoseValuesCollideIsStillAnNPlusOne() {
		ScopeReport report = run(() -> {
			for (String name : List.of("AaAa", "AaBB", "BBAa", "BBBB")) { // one String.hashCode
				record("select * from orders where customer_name = ?", name);
			}
		});
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> assertThat(finding.count()).isEqualTo(4));
		assertThat(report.duplicates()).isEmpty();
	}

	@Test
	void inlinedLiteralsWithTheSameHashAreNotDuplicates() {
		assertThat("select * from t where a = 'Aa'".hashCode()).isEqualTo("select * from t where a = 'BB'".hashCode());
		ScopeReport report = run(() -> {
			record("select * from t where a = 'Aa'");
			record("select * from t where a = 'BB'");
		});
		assertThat(report.duplicates()).isEmpty();
	}

	@Test
	void realDuplicatesAreStillFound() {
		ScopeReport report = run(() -> {
			record("select * from customer where name = ?", "Aa");
			record("select * from customer where name = ?", "Aa");
			record("select * from customer where name = ?", new String("Aa"));
		});
		assertThat(report.duplicates()).singleElement().satisfies((finding) -> assertThat(finding.count()).isEqualTo(3));
	}

	@Test
	void statementsLongerThanTheStoredTextAreComparedWhole() {
		String head = "select * from t where a in (" + "1, ".repeat(5_000);
		ScopeReport report = run(() -> {
			record(head + "2)");
			record(head + "3)");
		});
		assertThat(report.duplicates()).isEmpty();
		this.reports.clear();
		ScopeReport same = run(() -> {
			record(head + "2)");
			record(new String(head + "2)"));
		});
		assertThat(same.duplicates()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(2);
			assertThat(finding.exampleSql()).hasSizeLessThanOrEqualTo(10_001);
		});
	}

	@Test
	void longValuesAreComparedWhole() {
		String head = "x".repeat(5_000);
		ScopeReport report = run(() -> {
			record("insert into note (body) values (?)", head + "a");
			record("insert into note (body) values (?)", head + "b");
			record("insert into note (body) values (?)", head + "c");
		});
		assertThat(report.duplicates()).isEmpty();
		assertThat(report.nPlusOne()).hasSize(1);
		this.reports.clear();
		ScopeReport same = run(() -> {
			record("insert into note (body) values (?)", head + "a");
			record("insert into note (body) values (?)", new String(head + "a"));
		});
		assertThat(same.duplicates()).hasSize(1);
	}

	@Test
	void manyValuesAreComparedWhole() {
		Object[] first = new Object[500];
		Object[] second = new Object[500];
		for (int i = 0; i < 500; i++) {
			first[i] = "value-" + i;
			second[i] = "value-" + i;
		}
		second[499] = "different";
		String sql = "select * from t where a in (" + "?, ".repeat(499) + "?)";
		ScopeReport report = run(() -> {
			record(sql, first);
			record(sql, second);
		});
		assertThat(report.duplicates()).isEmpty();
		this.reports.clear();
		ScopeReport same = run(() -> {
			record(sql, first);
			record(sql, first.clone());
		});
		assertThat(same.duplicates()).hasSize(1);
	}

	@Test
	void streamsAndUnknownObjectsAreNeverDuplicates() {
		Object token = new Object();
		ScopeReport report = run(() -> {
			record("insert into blob_table (data) values (?)", token);
			record("insert into blob_table (data) values (?)", token);
		});
		assertThat(report.duplicates()).isEmpty();
	}

}
