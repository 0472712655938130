package dev.n1query.demo.eager;

import dev.n1query.core.ScopeReport;
import dev.n1query.demo.DemoHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code n1.detection.unused-eager-loading=false} turns the report off. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:unused-eager-off;DB_CLOSE_DELAY=-1",
				"n1.detection.unused-eager-loading=false" })
@Import({ DemoHttp.ReportsConfiguration.class, UnusedEagerLoadingIntegrationTests.EagerEndpoints.class })
class UnusedEagerLoadingOffIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Test
	void nothingIsReported() throws Exception {
		ScopeReport report = new DemoHttp(this.port, this.reports).call("GET", "/test/eager/customer-names");
		assertThat(report.queryCount()).isPositive();
		assertThat(report.unusedEagerLoads()).isEmpty();
	}

}
