package dev.n1query.demo.testsupport;

import dev.n1query.test.RecordQueries;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recorded query budgets on the customers page. Both records under
 * {@code src/test/resources/n1/} were written by the fixed page; the regressed class runs
 * the broken page against that record, as a change that brings the N+1 back would, and
 * fails with a diff. Each nested class runs through the JUnit Platform test kit.
 */
class RecordQueriesDemoTests {

	@Test
	void fixedPageMatchesItsRecord() {
		TestKit.run(CustomersPage.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
	}

	@Test
	void regressedPageFailsWithADiffAgainstItsRecord() {
		Events events = TestKit.run(CustomersPageRegressed.class);
		events.assertStatistics((stats) -> stats.started(1).failed(1));
		assertThat(TestKit.failureMessages(events)).singleElement().asString()
			.startsWith("N1 query record of CustomersPageRegressed.customersPage exceeded: 11 statements, recorded 1; "
					+ "1 shape repeats that did not (")
			.contains("dev.n1query.demo.testsupport.RecordQueriesDemoTests.CustomersPageRegressed.yaml)\n"
					+ "-  statements: 1\n+  statements: 11\n")
			.containsPattern("\\n-   \"select c1_0\\.id[^\\n]*from customer c1_0 left join purchase_order[^\\n]*\": 1\\n")
			.containsPattern("\\n\\+   \"select c1_0\\.id[^\\n]*from customer c1_0 order by c1_0\\.id\": 1\\n")
			.containsPattern("\\n\\+   \"select o1_0\\.[^\\n]*from purchase_order o1_0 where o1_0\\.customer_id[^\\n]*\": 10"
					+ "   <- repeats now\\n")
			.contains("Fix the code, or accept the new numbers with -Dn1.record=update (never in CI)");
	}

	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:record-queries;DB_CLOSE_DELAY=-1",
			"demo.customers=10" })
	@AutoConfigureMockMvc
	@RecordQueries
	static class CustomersPage {

		@Autowired
		MockMvc mockMvc;

		@Test
		void customersPage() throws Exception {
			this.mockMvc.perform(get("/customers/fixed")).andExpect(status().isOk());
		}

	}

	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:record-queries;DB_CLOSE_DELAY=-1",
			"demo.customers=10" })
	@AutoConfigureMockMvc
	@RecordQueries
	static class CustomersPageRegressed {

		@Autowired
		MockMvc mockMvc;

		@Test
		void customersPage() throws Exception {
			this.mockMvc.perform(get("/customers")).andExpect(status().isOk());
		}

	}

}
