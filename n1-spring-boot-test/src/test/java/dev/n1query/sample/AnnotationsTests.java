package dev.n1query.sample;

import dev.n1query.test.ExpectQueries;
import dev.n1query.test.NoNPlusOne;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code @ExpectQueries} and {@code @NoNPlusOne} on real test classes, run through the
 * JUnit Platform test kit so their failures can be checked.
 */
class AnnotationsTests {

	private static Events run(Class<?> testClass) {
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
	}

	@Test
	void budgetsThatHoldPass() {
		run(Holding.class).assertStatistics((stats) -> stats.started(3).succeeded(3).failed(0));
	}

	@Test
	void brokenBudgetsFailTheirTestsWithTheReport() {
		Events events = run(Breaking.class);
		events.assertStatistics((stats) -> stats.started(3).failed(3));
		assertThat(events.failed().stream().map((event) -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
			.orElseThrow()
			.getThrowable()
			.orElseThrow()
			.getMessage())).anySatisfy((message) -> assertThat(message)
				.startsWith("Expected at most 2 statements in test tooMany, got 5 statements (5 select)"))
			.anySatisfy((message) -> assertThat(message)
				.startsWith("Expected no N+1, found 1: 5 × [select ? * ?] from SampleApplication$OrderService"))
			.anySatisfy((message) -> assertThat(message).contains("in GET /orders: 5 statements"));
	}

	@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:annotations")
	@AutoConfigureMockMvc
	static class Holding {

		@Autowired
		SampleApplication.OrderService orders;

		@Autowired
		MockMvc mockMvc;

		@Test
		@ExpectQueries(max = 2)
		void withinBudget() {
			this.orders.totalsAtOnce();
		}

		@Test
		@ExpectQueries(count = 1)
		void exactCountThroughMockMvc() throws Exception {
			this.mockMvc.perform(get("/orders/fixed"));
		}

		@Test
		@NoNPlusOne
		void noNPlusOne() {
			this.orders.totalsOneByOne(2);
		}

	}

	@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:annotations")
	@AutoConfigureMockMvc
	static class Breaking {

		@Autowired
		SampleApplication.OrderService orders;

		@Autowired
		MockMvc mockMvc;

		@Test
		@ExpectQueries(max = 2, noNPlusOne = false)
		void tooMany() {
			this.orders.totalsOneByOne(5);
		}

		@Test
		@NoNPlusOne
		void nPlusOneInTheTest() {
			this.orders.totalsOneByOne(5);
		}

		@Test
		@NoNPlusOne
		void nPlusOneInARequest() throws Exception {
			this.mockMvc.perform(get("/orders"));
		}

	}

}
