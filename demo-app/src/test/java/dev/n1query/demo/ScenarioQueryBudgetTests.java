package dev.n1query.demo;

import java.util.List;

import dev.n1query.demo.scenarios.Scenario;
import dev.n1query.demo.scenarios.ScenarioCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static dev.n1query.test.N1ResultMatchers.queries;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every scenario with N1's test support, as a team would pin it: the fixed form has a
 * query budget and no N+1; the broken form is expected to show its N+1 (or duplicate).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:budgets;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ScenarioQueryBudgetTests {

	@Autowired
	MockMvc mockMvc;

	@Autowired
	ScenarioCatalog catalog;

	private ResultActions perform(String method, String url) throws Exception {
		return this.mockMvc.perform(request(org.springframework.http.HttpMethod.valueOf(method), url))
			.andExpect(status().isOk());
	}

	@TestFactory
	List<DynamicTest> fixedFormsMeetTheirBudget() {
		return this.catalog.all()
			.stream()
			.map((scenario) -> DynamicTest.dynamicTest(scenario.name(),
					() -> perform(scenario.method(), scenario.fixedUrl())
						.andExpect(queries().count(scenario.expectedFixedQueries()))
						.andExpect(queries().noNPlusOne())
						.andExpect(queries().noDuplicates())))
			.toList();
	}

	@TestFactory
	List<DynamicTest> brokenFormsShowTheirProblem() {
		return this.catalog.all()
			.stream()
			.map((scenario) -> DynamicTest.dynamicTest(scenario.name(), () -> perform(scenario.method(),
					scenario.brokenUrl())
				.andExpect(scenario.finding().equals("DUPLICATE") ? queries().duplicates() : queries().nPlusOne())))
			.toList();
	}

}
