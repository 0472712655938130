package dev.n1query.demo.eager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static dev.n1query.test.N1ResultMatchers.queries;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The test support's matchers for unused eager loading, on rendered Thymeleaf views. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:unused-eager-mockmvc;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(UnusedEagerLoadingIntegrationTests.EagerEndpoints.class)
class UnusedEagerLoadingMockMvcTests {

	@Autowired
	MockMvc mockMvc;

	@Test
	void pageThatReadsWhatItFetchesPasses() throws Exception {
		this.mockMvc.perform(get("/test/eager/customer-orders"))
			.andExpect(status().isOk())
			.andExpect(queries().count(1))
			.andExpect(queries().noUnusedEagerLoading());
	}

	@Test
	void pageThatFetchesWhatItNeverReadsFailsWithTheFinding() throws Exception {
		this.mockMvc.perform(get("/test/eager/customer-names")).andExpect(queries().unusedEagerLoading());
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.mockMvc.perform(get("/test/eager/customer-names"))
				.andExpect(queries().noUnusedEagerLoading()))
			.withMessageStartingWith("Expected no unused eager loading, found 1: Customer.orders fetched eagerly (")
			.withMessageContaining("Fix: CustomerRepository.findAllWithOrders() fetches Customer.orders");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.mockMvc.perform(get("/test/eager/customer-orders"))
				.andExpect(queries().unusedEagerLoading()))
			.withMessageStartingWith("Expected unused eager loading, found none in GET /test/eager/customer-orders");
	}

}
