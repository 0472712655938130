package dev.n1query.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static dev.n1query.test.N1ResultMatchers.queries;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MockMvc matchers passing and failing, with their messages. */
@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:matchers")
@AutoConfigureMockMvc
class N1ResultMatchersTests {

	@Autowired
	MockMvc mockMvc;

	@Autowired
	SampleApplication.OrderService orders;

	@Test
	void fixedEndpointMeetsItsBudget() throws Exception {
		this.mockMvc.perform(get("/orders/fixed"))
			.andExpect(status().isOk())
			.andExpect(queries().count(1))
			.andExpect(queries().atMost(1))
			.andExpect(queries().selects(1))
			.andExpect(queries().noNPlusOne())
			.andExpect(queries().noDuplicates());
	}

	@Test
	void brokenEndpointFailsWithTheNPlusOne() throws Exception {
		this.mockMvc.perform(get("/orders")).andExpect(queries().nPlusOne());
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.mockMvc.perform(get("/orders")).andExpect(queries().noNPlusOne()))
			.withMessageStartingWith("Expected no N+1, found 1: 5 × [select ? * ?] from "
					+ "SampleApplication$OrderService.totalsOneByOne(")
			.withMessageContaining("in GET /orders, got 5 statements (5 select)");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.mockMvc.perform(get("/orders")).andExpect(queries().count(1)))
			.withMessageStartingWith("Expected 1 statements in GET /orders, got 5 statements");
	}

	@Test
	void requestNotTrackedByN1SaysWhy() {
		MockMvc standalone = MockMvcBuilders.standaloneSetup(new SampleApplication.OrderController(this.orders)).build();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> standalone.perform(get("/orders/fixed")).andExpect(queries().count(1)))
			.withMessageStartingWith("This request was not tracked by N1");
	}

}
