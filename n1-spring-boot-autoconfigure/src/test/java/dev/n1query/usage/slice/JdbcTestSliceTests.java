package dev.n1query.usage.slice;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.jdbc.N1ProxyDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} gets N1: its embedded test DataSource is wrapped, so a test can
 * find the N+1 in the code it exercises.
 */
@JdbcTest
@Import(JdbcTestSliceTests.Reports.class)
class JdbcTestSliceTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QueryTracker tracker;

	@Autowired
	Reports reports;

	@Test
	void testDatabaseIsWrappedAndAnalysed() {
		assertThat(this.dataSource).isInstanceOf(N1ProxyDataSource.class);
		try (QueryScope scope = this.tracker.open("slice")) {
			for (int id = 1; id <= 4; id++) {
				this.jdbc.queryForObject("select ? + 1", Integer.class, id);
			}
		}
		assertThat(this.reports.seen).singleElement().satisfies((report) -> {
			assertThat(report.queryCount()).isEqualTo(4);
			assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> assertThat(finding.callSite().methodName())
				.isEqualTo("testDatabaseIsWrappedAndAnalysed"));
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Reports {

		final List<ScopeReport> seen = new ArrayList<>();

		@Bean
		dev.n1query.core.ScopeReportListener collect() {
			return this.seen::add;
		}

	}

}
