package dev.n1query.demo.databases;

import java.sql.Connection;

import javax.sql.DataSource;

import dev.n1query.core.ScopeReport;
import dev.n1query.demo.DemoHttp;
import dev.n1query.demo.DemoProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's documented {@code postgres} profile, as is (its default URL and user), on
 * the real server: the README's PostgreSQL instructions work.
 */
@RealDatabase(RealDatabase.POSTGRES)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DemoHttp.ReportsConfiguration.class)
class PostgresProfileIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	DemoProperties properties;

	@Test
	void demoRunsOnPostgreSqlAndFindsTheNPlusOne() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getURL()).endsWith("/n1demo");
		}
		ScopeReport report = new DemoHttp(this.port, this.reports).call("GET", "/customers");
		assertThat(report.queryCount()).isEqualTo(1 + this.properties.customers());
		assertThat(report.nPlusOne()).singleElement()
			.satisfies((finding) -> assertThat(finding.count()).isEqualTo(this.properties.customers()));
	}

}
