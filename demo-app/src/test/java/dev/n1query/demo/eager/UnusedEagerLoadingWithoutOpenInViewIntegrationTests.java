package dev.n1query.demo.eager;

import dev.n1query.demo.DemoHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.jpa.open-in-view=false} the template reads detached entities after the
 * repository's own transaction ended: unused eager loading is still told from used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:unused-eager-no-osiv;DB_CLOSE_DELAY=-1",
				"spring.jpa.open-in-view=false" })
@Import({ DemoHttp.ReportsConfiguration.class, UnusedEagerLoadingIntegrationTests.EagerEndpoints.class })
class UnusedEagerLoadingWithoutOpenInViewIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Test
	void unusedIsReportedAndUsedIsNot() throws Exception {
		DemoHttp http = new DemoHttp(this.port, this.reports);
		assertThat(http.call("GET", "/test/eager/customer-names").unusedEagerLoads()).singleElement()
			.satisfies((finding) -> assertThat(finding.entity() + "." + finding.association())
				.isEqualTo("Customer.orders"));
		assertThat(http.call("GET", "/test/eager/customer-orders").unusedEagerLoads()).isEmpty();
	}

}
