package dev.n1query.usage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.jdbc.DataSourceWrapper;
import dev.n1query.jdbc.N1QueryListener;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The database failing: the application's own exceptions reach it unchanged (type,
 * message, cause, SQL state), and N1 records the failed statements as failed.
 */
class FaultsTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of(this.reports::add));

	private DataSource wrap(DataSource target) {
		return DataSourceWrapper.wrap(target, "dataSource", new N1QueryListener(() -> this.tracker));
	}

	private static Throwable execute(DataSource dataSource, String sql) {
		return catchThrowable(() -> {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		});
	}

	@Test
	void failingStatementsThrowExactlyWhatTheyThrowWithoutN1AndAreRecordedAsFailed() {
		SimpleDriverDataSource plain = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:faults;DB_CLOSE_DELAY=-1");
		DataSource wrapped = wrap(plain);
		String longName = "no_such_table_" + "x".repeat(300);
		for (String sql : List.of("select * from no_such_table", "select 1/0", "insert into nowhere values (1)",
				"select * from " + longName)) {
			Throwable expected = execute(plain, sql);
			Throwable actual;
			try (QueryScope scope = this.tracker.open("failing")) {
				actual = execute(wrapped, sql);
			}
			assertThat(actual).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
			assertThat(((SQLException) actual).getSQLState()).isEqualTo(((SQLException) expected).getSQLState());
			assertThat(((SQLException) actual).getErrorCode()).isEqualTo(((SQLException) expected).getErrorCode());
			ScopeReport report = this.reports.get(this.reports.size() - 1);
			assertThat(report.failedCount()).isEqualTo(1);
			assertThat(report.statements().get(0).success()).isFalse();
			assertThat(report.statements().get(0).error()).isEqualTo(expected.getMessage().length() > 200
					? expected.getMessage().substring(0, 200) + "…" : expected.getMessage());
			if (sql.contains(longName)) { // the error of a huge statement is cut for storage
				assertThat(expected.getMessage()).hasSizeGreaterThan(300);
				assertThat(report.statements().get(0).error()).hasSize(201).endsWith("…");
			}
		}
	}

	@Test
	void unreachableDatabaseFailsTheSameWayWrapped() {
		SimpleDriverDataSource down = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");
		Throwable expected = execute(down, "select 1");
		Throwable actual;
		try (QueryScope scope = this.tracker.open("down")) {
			actual = execute(wrap(down), "select 1");
		}
		assertThat(actual).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
		assertThat(this.reports.get(0).queryCount()).isZero();
	}

}
