package dev.n1query.overlay;

import java.time.Duration;
import java.util.List;

import dev.n1query.core.CallSite;
import dev.n1query.core.RecordedStatement;
import dev.n1query.core.SqlFingerprinter;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** EXPLAIN runs only recorded SELECTs, once per token, with the recorded values. */
class ExplainServiceTests {

	private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
			"jdbc:h2:mem:explain;DB_CLOSE_DELAY=-1");

	private final ExplainService explain = new ExplainService(
			(name) -> name.equals("dataSource") ? this.dataSource : null, Duration.ofSeconds(2));

	private static RecordedStatement statement(String sql, List<Object> values) {
		return new RecordedStatement(0, sql, SqlFingerprinter.fingerprint(sql), List.of(), values, 0, 1, 0, -1, true,
				null, "dataSource", CallSite.UNKNOWN);
	}

	@Test
	void recordedSelectIsExplainedOnceWithItsValues() {
		new JdbcTemplate(this.dataSource).execute("create table if not exists item (id int primary key, name varchar(20))");
		String token = this.explain.issue(statement("select name from item where id = ?", List.of(7)));
		ExplainService.Plan plan = this.explain.explain(token);
		assertThat(plan.error()).isNull();
		assertThat(String.join("\n", plan.lines())).containsIgnoringCase("item");
		assertThat(this.explain.explain(token).error()).contains("already used");
	}

	@Test
	void forgedTokensAndWritesAreRefused() {
		assertThat(this.explain.explain("deadbeef").error()).contains("Unknown or already used token");
		String write = this.explain.issue(statement("delete from item where id = ?", List.of(1)));
		assertThat(this.explain.explain(write).error()).contains("Only recorded SELECT");
		String twoStatements = this.explain.issue(statement("select 1; drop table item", List.of()));
		assertThat(this.explain.explain(twoStatements).error()).contains("Only recorded SELECT");
	}

	@Test
	void unknownDataSourceIsRefused() {
		RecordedStatement elsewhere = new RecordedStatement(0, "select 1", SqlFingerprinter.fingerprint("select 1"),
				List.of(), List.of(), 0, 1, 0, -1, true, null, "reporting", CallSite.UNKNOWN);
		assertThat(this.explain.explain(this.explain.issue(elsewhere)).error()).contains("'reporting' is not known");
	}

}
