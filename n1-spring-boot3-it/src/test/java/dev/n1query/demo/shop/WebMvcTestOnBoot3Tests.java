package dev.n1query.demo.shop;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.n1query.test.N1ResultMatchers.queries;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Boot 3's {@code @WebMvcTest} (its own package) gets N1's request filter through the
 * slice's imports file under Boot 3's name; with mocked repositories N1 counts nothing and
 * says why when a test expects statements.
 */
@WebMvcTest(CustomerController.class)
class WebMvcTestOnBoot3Tests {

	@Autowired
	MockMvc mockMvc;

	@MockitoBean
	CustomerRepository customers;

	@MockitoBean
	PurchaseOrderRepository orders;

	@Test
	void pageRendersWithoutStatements() throws Exception {
		given(this.customers.findAllWithOrders()).willReturn(List.of(new Customer("Ada", "ada@example.com")));
		this.mockMvc.perform(get("/customers/fixed")).andExpect(status().isOk()).andExpect(queries().count(0));
	}

	@Test
	void expectingStatementsWithoutADataSourceGivesAClearMessage() {
		given(this.customers.findAllWithOrders()).willReturn(List.of());
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.mockMvc.perform(get("/customers/fixed")).andExpect(queries().count(1)))
			.withMessageContaining("Expected 1 statements in GET /customers/fixed, got 0 statements");
	}

}
