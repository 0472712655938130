package org.springframework.samples.n1fixture;

import dev.n1query.core.CallSite;
import dev.n1query.core.ScopeReport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.samples.n1fixture.FixtureHttp.lineOf;

/**
 * With {@code spring.jpa.open-in-view=false} the lazy loads run inside the handler: the
 * finding names the handler's line, never "writing the response".
 */
@SpringBootTest(classes = FixtureApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-fixture-no-osiv;DB_CLOSE_DELAY=-1",
				"spring.jpa.open-in-view=false" })
class FrameworkPrefixedWithoutOpenInViewIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FixtureApplication.Reports reports;

	@Test
	void loadsInsideTheHandlerNameTheHandlersLine() throws Exception {
		ScopeReport report = FixtureHttp.get(this.port, this.reports, "/fixture/pet-counts");
		assertThat(report.nPlusOne()).hasSize(1);
		assertThat(report.duplicates()).isEmpty();
		CallSite callSite = report.nPlusOne().get(0).callSite();
		assertThat(callSite.toString()).isEqualTo("OwnerPagesController.petCounts(OwnerPagesController.java:"
				+ lineOf("OwnerPagesController.java", "// in the handler") + ")");
	}

}
