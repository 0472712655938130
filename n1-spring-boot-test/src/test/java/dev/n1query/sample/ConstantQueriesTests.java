package dev.n1query.sample;

import java.util.List;

import dev.n1query.test.ConstantQueries;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.n1query.test.N1Assertions.assertQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code doesNotGrowWith(…)} and {@code @ConstantQueries}: a block whose statements grow
 * with the data fails naming the shape that grew; a constant one passes.
 */
@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:scaling")
@AutoConfigureMockMvc
class ConstantQueriesTests {

	@Autowired
	SampleApplication.OrderService orders;

	@Autowired
	MockMvc mockMvc;

	@Test
	void constantBlockPasses() {
		this.orders.seedItems(1);
		assertQueries(() -> this.orders.pricesAtOnce()).count(1).doesNotGrowWith(this.orders::seedItems);
	}

	@Test
	void growingBlockFailsNamingTheShapeItsGrowthAndCallSite() {
		this.orders.seedItems(1);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.orders.pricesOneByOne()).doesNotGrowWith(this.orders::seedItems))
			.withMessageStartingWith("Expected the statements of the block not to grow with the data, but they went "
					+ "from 3 at scale 2 to 4 at scale 3:\n"
					+ "  select … from item where id = ? grows by 1 per item, from "
					+ "SampleApplication$OrderService.pricesOneByOne(SampleApplication.java:")
			.withMessageContaining("At scale 3: 4 statements (4 select)");
	}

	@Test
	void growthIsGivenPerItemOverTheScalesGiven() {
		this.orders.seedItems(1);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.orders.pricesOneByOne()).doesNotGrowWith(this.orders::seedItems,
					2, 4, 10))
			.withMessageStartingWith("Expected the statements of the block not to grow with the data, but they went "
					+ "from 3 at scale 2 to 5 at scale 4 to 11 at scale 10:\n"
					+ "  select … from item where id = ? grows by 1 per item");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> assertQueries(() -> this.orders.pricesAtOnce()).doesNotGrowWith(this.orders::seedItems, 3))
			.withMessage("Give at least two scale factors, got [3]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> assertQueries(() -> this.orders.pricesAtOnce()).doesNotGrowWith(this.orders::seedItems, 3, 2))
			.withMessage("Scale factors must be positive and increasing, got [3, 2]");
	}

	@Test
	void requestsThroughMockMvcAreCompared() {
		this.orders.seedItems(1);
		assertQueries(() -> this.mockMvc.perform(get("/prices/fixed"))).doesNotGrowWith(this.orders::seedItems);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.mockMvc.perform(get("/prices")))
				.doesNotGrowWith(this.orders::seedItems))
			.withMessageContaining("select … from item where id = ? grows by 1 per item, from "
					+ "SampleApplication$OrderService.pricesOneByOne(")
			.withMessageContaining("in GET /prices: 4 statements");
	}

	@Test
	void annotationPassesAConstantTestAndFailsAGrowingOne() {
		Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Annotated.class)).execute().testEvents();
		events.assertStatistics((stats) -> stats.started(2).succeeded(1).failed(1));
		assertThat(Annotated.runs).containsExactly("constant:2", "constant:3", "growing:2", "growing:3");
		List<String> messages = events.failed()
			.stream()
			.map((event) -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
				.getMessage())
			.toList();
		assertThat(messages).singleElement().asString()
			.startsWith("Expected the statements of test growing not to grow with the data, but they went from 3 at "
					+ "scale 2 to 4 at scale 3:\n  select … from item where id = ? grows by 1 per item, from "
					+ "SampleApplication$OrderService.pricesOneByOne(");
	}

	@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:scaling")
	@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
	static class Annotated {

		static final List<String> runs = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Autowired
		SampleApplication.OrderService orders;

		void seed(int n) {
			this.orders.seedItems(n);
		}

		@Test
		@ConstantQueries(populate = "seed")
		void constant() {
			runs.add("constant:" + this.orders.pricesAtOnce().size());
		}

		@Test
		@ConstantQueries(scale = { 2, 3 }, populate = "seed")
		void growing() {
			runs.add("growing:" + this.orders.pricesOneByOne().size());
		}

	}

}
