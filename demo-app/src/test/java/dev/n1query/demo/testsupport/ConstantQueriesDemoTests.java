package dev.n1query.demo.testsupport;

import dev.n1query.demo.shop.Customer;
import dev.n1query.demo.shop.CustomerRepository;
import dev.n1query.test.ConstantQueries;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.n1query.test.N1Assertions.assertQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customers page, broken and fixed, under "the statement count must not grow with the
 * data": through MockMvc with {@code doesNotGrowWith} and {@code @ConstantQueries}, and
 * in a {@code @DataJpaTest} whose test transaction holds the data. Each nested class runs
 * through the JUnit Platform test kit so the broken form's failure message can be checked.
 */
class ConstantQueriesDemoTests {

	/** The start of the message the docs quote (the exact SQL text is the fingerprinter's). */
	static final String GROWS = "not to grow with the data, but they went from 3 at scale 2 to 4 at scale 3:\n"
			+ "  select … from purchase_order o1_0 where o1_0.customer_id";

	static final String PER_ITEM = " grows by 1 per item (Customer.orders), from ";

	@Test
	void customersPageThroughMockMvc() {
		Events events = TestKit.run(CustomersPage.class);
		events.assertStatistics((stats) -> stats.started(4).succeeded(2).failed(2));
		assertThat(TestKit.failureMessages(events)).hasSize(2)
			.anySatisfy((message) -> assertThat(message)
				.startsWith("Expected the statements of the block " + GROWS)
				.contains(PER_ITEM + "rendering customers.html:13 th:each=\"order : ${customer.orders}\" for CustomerController.customers")
				.contains("in GET /customers: 4 statements"))
			.anySatisfy((message) -> assertThat(message)
				.startsWith("Expected the statements of test brokenPageAnnotated " + GROWS)
				.contains(PER_ITEM + "rendering customers.html:13 th:each=\"order : ${customer.orders}\" for CustomerController.customers"));
	}

	@Test
	void customersInADataJpaTest() {
		Events events = TestKit.run(CustomersRepository.class);
		events.assertStatistics((stats) -> stats.started(2).succeeded(1).failed(1));
		assertThat(TestKit.failureMessages(events)).singleElement().asString()
			.startsWith("Expected the statements of the block " + GROWS)
			.contains(PER_ITEM + "ConstantQueriesDemoTests$CustomersRepository.readOrders(");
	}

	@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:constant-queries;DB_CLOSE_DELAY=-1")
	@AutoConfigureMockMvc
	static class CustomersPage {

		@Autowired
		MockMvc mockMvc;

		@Autowired
		EntityManager entityManager;

		@Autowired
		TransactionTemplate transactions;

		void seed(int customers) {
			this.transactions.executeWithoutResult((status) -> CustomerData.exactly(this.entityManager, customers));
		}

		@Test
		void brokenPage() {
			assertQueries(() -> this.mockMvc.perform(get("/customers")).andExpect(status().isOk()))
				.doesNotGrowWith(this::seed);
		}

		@Test
		void fixedPage() {
			assertQueries(() -> this.mockMvc.perform(get("/customers/fixed")).andExpect(status().isOk()))
				.doesNotGrowWith(this::seed);
		}

		@Test
		@ConstantQueries(populate = "seed")
		void brokenPageAnnotated() throws Exception {
			this.mockMvc.perform(get("/customers")).andExpect(status().isOk());
		}

		@Test
		@ConstantQueries(scale = { 2, 5 }, populate = "seed")
		void fixedPageAnnotated() throws Exception {
			this.mockMvc.perform(get("/customers/fixed")).andExpect(status().isOk());
		}

	}

	@DataJpaTest
	static class CustomersRepository {

		@Autowired
		CustomerRepository customers;

		@Autowired
		EntityManager entityManager;

		@Test
		void broken() {
			assertQueries(() -> this.customers.findAllByOrderByIdAsc().forEach(this::readOrders))
				.doesNotGrowWith((n) -> CustomerData.exactly(this.entityManager, n));
		}

		@Test
		void fixed() {
			assertQueries(() -> this.customers.findAllWithOrders().forEach(this::readOrders))
				.doesNotGrowWith((n) -> CustomerData.exactly(this.entityManager, n));
		}

		private void readOrders(Customer customer) {
			assertThat(customer.getOrders()).isNotEmpty();
		}

	}

}
