package dev.n1query.demo.databases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.RecordedStatement;
import dev.n1query.core.ScopeReport;
import dev.n1query.jdbc.DataSourceWrapper;
import dev.n1query.jdbc.N1QueryListener;
import dev.n1query.overlay.ExplainService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dialect SQL on the real servers, through N1's wrapping: what N1 records, how it
 * fingerprints it, what driver-side batch rewriting changes (nothing: N1 sits above the
 * driver and sees one batch), and EXPLAIN.
 */
class DialectIntegrationTests {

	static final class Harness {

		final List<ScopeReport> reports = new ArrayList<>();

		final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS,
				new CallSiteResolver(), List.of(),
				List.of(this.reports::add));

		final DataSource target;

		final DataSource dataSource;

		final JdbcTemplate jdbc;

		Harness(String url) {
			this.target = new DriverManagerDataSource(url, "n1test", "n1test");
			this.dataSource = DataSourceWrapper.wrap(this.target, "dataSource",
					new N1QueryListener(() -> this.tracker));
			this.jdbc = new JdbcTemplate(this.dataSource);
		}

		ScopeReport scope(Runnable work) {
			try (QueryScope scope = this.tracker.open("dialect")) {
				work.run();
			}
			return this.reports.get(this.reports.size() - 1);
		}

		/** EXPLAIN of a recorded SELECT bound to one value, on a table of two rows. */
		ExplainService.Plan explainLookup(String createTable) {
			this.jdbc.execute("drop table if exists dialect_plan");
			this.jdbc.execute(createTable);
			this.jdbc.update("insert into dialect_plan values (7, 'seven'), (8, 'eight')");
			ScopeReport report = scope(() -> this.jdbc.queryForList("select name from dialect_plan where id = ?",
					String.class, 7));
			RecordedStatement statement = report.statements().get(0);
			RecordedStatement withValues = new RecordedStatement(0, statement.sql(), statement.fingerprint(), List.of(),
					List.of(7), 0, 1, 0, -1, true, null, "dataSource", statement.callSite());
			ExplainService explain = new ExplainService((name) -> this.target, Duration.ofSeconds(5));
			return explain.explain(explain.issue(withValues));
		}

		int batchInsert(String sql, int rows) {
			try (Connection connection = this.dataSource.getConnection();
					PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < rows; i++) {
					statement.setInt(1, i);
					statement.setString(2, "v" + i);
					statement.addBatch();
				}
				return statement.executeBatch().length;
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	@Nested
	@RealDatabase(RealDatabase.POSTGRES)
	class PostgreSQL {

		final Harness db = new Harness(RealDatabase.POSTGRES + "?reWriteBatchedInserts=true");

		@Test
		void castsAndReturningAndLoopsAreFingerprintedAndDetected() {
			this.db.jdbc.execute("drop table if exists dialect_item");
			this.db.jdbc.execute("create table dialect_item (id int primary key, name text)");
			ScopeReport report = this.db.scope(() -> {
				for (int i = 0; i < 5; i++) {
					this.db.jdbc.queryForObject("insert into dialect_item (id, name) values (?, ?) returning id",
							Integer.class, i, "n" + i);
				}
				for (int i = 0; i < 5; i++) {
					this.db.jdbc.queryForList("select name from dialect_item where id = ?::int", String.class,
							String.valueOf(i));
				}
			});
			assertThat(report.queryCount()).isEqualTo(10);
			assertThat(report.nPlusOne()).extracting((finding) -> finding.fingerprint())
				.containsExactlyInAnyOrder("insert into dialect_item (id, name) values (?) returning id",
						"select name from dialect_item where id = ?::int");
		}

		@Test
		void rewrittenBatchIsStillOneBatchToN1() {
			this.db.jdbc.execute("drop table if exists dialect_line");
			this.db.jdbc.execute("create table dialect_line (id int, name text)");
			ScopeReport report = this.db.scope(() -> this.db.batchInsert("insert into dialect_line values (?, ?)", 50));
			assertThat(report.queryCount()).isEqualTo(1);
			assertThat(report.statements().get(0).batchSize()).isEqualTo(50);
			assertThat(report.nPlusOne()).isEmpty();
			assertThat(this.db.jdbc.queryForObject("select count(*) from dialect_line", Integer.class)).isEqualTo(50);
		}

		@Test
		void explainShowsThePlan() {
			ExplainService.Plan plan = this.db.explainLookup("create table dialect_plan (id int primary key, name text)");
			assertThat(plan.error()).isNull();
			assertThat(String.join("\n", plan.lines())).containsIgnoringCase("scan");
		}

	}

	@Nested
	@RealDatabase(RealDatabase.MARIADB)
	class MariaDB {

		final Harness db = new Harness(RealDatabase.MARIADB + "?rewriteBatchedStatements=true");

		@Test
		void backticksLimitsAndUpsertsAreFingerprintedAndDetected() {
			this.db.jdbc.execute("drop table if exists dialect_item");
			this.db.jdbc.execute("create table dialect_item (id int primary key, name varchar(20))");
			ScopeReport report = this.db.scope(() -> {
				for (int i = 0; i < 4; i++) {
					this.db.jdbc.update("insert into `dialect_item` (`id`, `name`) values (?, ?) "
							+ "on duplicate key update `name` = values(`name`)", i, "n" + i);
				}
				for (int i = 0; i < 4; i++) {
					this.db.jdbc.queryForList("select `name` from `dialect_item` order by `id` limit ?, ?", String.class,
							i, 1);
				}
			});
			assertThat(report.queryCount()).isEqualTo(8);
			assertThat(report.nPlusOne()).extracting((finding) -> finding.fingerprint())
				.containsExactlyInAnyOrder(
						"insert into dialect_item (id, name) values (?) on duplicate key update name = values (name)",
						"select name from dialect_item order by id limit ?, ?");
		}

		@Test
		void rewrittenBatchIsStillOneBatchToN1() {
			this.db.jdbc.execute("drop table if exists dialect_line");
			this.db.jdbc.execute("create table dialect_line (id int, name varchar(20))");
			ScopeReport report = this.db.scope(() -> this.db.batchInsert("insert into dialect_line values (?, ?)", 50));
			assertThat(report.queryCount()).isEqualTo(1);
			assertThat(report.statements().get(0).batchSize()).isEqualTo(50);
			assertThat(this.db.jdbc.queryForObject("select count(*) from dialect_line", Integer.class)).isEqualTo(50);
		}

		@Test
		void explainShowsThePlan() {
			ExplainService.Plan plan = this.db
				.explainLookup("create table dialect_plan (id int primary key, name varchar(20))");
			assertThat(plan.error()).isNull();
			assertThat(String.join("\n", plan.lines())).contains("dialect_plan");
		}

	}

}
