package dev.n1query.demo;

import java.util.List;

import dev.n1query.core.QueryTracker;
import dev.n1query.demo.shop.Customer;
import dev.n1query.demo.shop.CustomerRepository;
import dev.n1query.test.N1Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.jpa.open-in-view=false} lazy loads happen inside transactional
 * services, not templates: N1 still names the entity and association.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:no-osiv;DB_CLOSE_DELAY=-1",
		"spring.jpa.open-in-view=false" })
@Import(JpaWithoutOpenInViewIntegrationTests.Services.class)
class JpaWithoutOpenInViewIntegrationTests {

	@Autowired
	OrderTotals totals;

	@Autowired
	QueryTracker tracker;

	@Test
	void lazyLoadsInATransactionalServiceAreAttributed() {
		var queries = N1Assertions.assertQueries(this.tracker, () -> this.totals.ordersPerCustomer()).hasNPlusOne();
		assertThat(queries.queries().nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Customer.orders");
			assertThat(finding.callSite().methodName()).contains("ordersPerCustomer");
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Services {

		@Bean
		OrderTotals orderTotals(CustomerRepository customers) {
			return new OrderTotals(customers);
		}

	}

	static class OrderTotals {

		private final CustomerRepository customers;

		OrderTotals(CustomerRepository customers) {
			this.customers = customers;
		}

		@Transactional(readOnly = true)
		public List<Integer> ordersPerCustomer() {
			return this.customers.findAllByOrderByIdAsc().stream().map((Customer customer) -> customer.getOrders().size()).toList();
		}

	}

}
