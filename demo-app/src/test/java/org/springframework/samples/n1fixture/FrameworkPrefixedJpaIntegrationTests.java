package org.springframework.samples.n1fixture;

import dev.n1query.core.CallSite;
import dev.n1query.core.Finding;
import dev.n1query.core.ScopeReport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.samples.n1fixture.FixtureHttp.lineOf;

/**
 * An application in {@code org.springframework.samples.n1fixture} with enhanced entities, a
 * generated-style mapper, a Thymeleaf page and JSON: every finding names a line of its own
 * code, or its template's line and expression, or the JSON path being written.
 */
@SpringBootTest(classes = FixtureApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:n1-fixture-jpa;DB_CLOSE_DELAY=-1")
class FrameworkPrefixedJpaIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FixtureApplication.Reports reports;

	@Test
	void aLazyLoadWhileATemplateRendersNamesTemplateLineAndExpression() throws Exception {
		ScopeReport report = FixtureHttp.get(this.port, this.reports, "/fixture/owners");
		assertThat(report.nPlusOne()).hasSize(1);
		assertThat(report.duplicates()).isEmpty();
		assertThat(report.nPlusOne().get(0).callSite().toString())
			.isEqualTo("rendering owners.html:" + lineOf("owners.html", "th:each=\"pet")
					+ " th:each=\"pet : ${owner.pets}\" for OwnerPagesController.page");
	}

	@Test
	void aLazyLoadWhileJsonIsWrittenNamesThePathAndTheProperty() throws Exception {
		ScopeReport report = FixtureHttp.get(this.port, this.reports, "/fixture/owners.json");
		assertThat(report.nPlusOne()).hasSize(1);
		assertThat(report.duplicates()).isEmpty();
		assertThat(report.nPlusOne().get(0).callSite().toString())
			.isEqualTo("writing the response at $[*].pets (OwnerEntity.pets) for OwnerPagesController.json");
	}

	@Test
	void enhancedEntityFramesAreSkippedAndTheGeneratedMapperIsAVia() throws Exception {
		ScopeReport report = FixtureHttp.get(this.port, this.reports, "/fixture/pets");
		assertThat(report.nPlusOne()).hasSize(1);
		assertThat(report.duplicates()).isEmpty();
		CallSite callSite = report.nPlusOne().get(0).callSite();
		assertThat(callSite.className()).isEqualTo(PetService.class.getName());
		assertThat(callSite.fileName()).isEqualTo("PetService.java");
		assertThat(callSite.lineNumber()).isEqualTo(lineOf("PetService.java", "// via mapper"));
		assertThat(callSite.via()).isEqualTo("PetMapperImpl.toDto");
		assertThat(callSite.toString()).doesNotContain("$$_hibernate").endsWith(" via PetMapperImpl.toDto");
	}

	@Test
	void aDuplicateFromAModelAttributeMethodAndTheHandlerShowsEachCause() throws Exception {
		ScopeReport report = FixtureHttp.get(this.port, this.reports, "/fixture/featured");
		assertThat(report.nPlusOne()).isEmpty();
		assertThat(report.duplicates()).hasSize(1);
		Finding duplicate = report.duplicates().get(0);
		assertThat(duplicate.callSites()).extracting(CallSite::toString)
			.containsExactlyInAnyOrder(
					"FeaturedOwnerController.featured(FeaturedOwnerController.java:"
							+ lineOf("FeaturedOwnerController.java", "// model attribute") + ")",
					"FeaturedOwnerController.featuredName(FeaturedOwnerController.java:"
							+ lineOf("FeaturedOwnerController.java", "// handler") + ")");
	}

}
