package dev.n1query.demo.shop;

import java.math.BigDecimal;

import javax.sql.DataSource;

import dev.n1query.jdbc.N1ProxyDataSource;
import dev.n1query.test.N1Assertions;
import dev.n1query.test.PersistenceContexts;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Boot 3's {@code @DataJpaTest} (its own package) gets N1 through the slice's imports file
 * under Boot 3's name, and n1-spring-boot3-test's assertions work in it.
 */
@DataJpaTest
class DataJpaTestOnBoot3Tests {

	@Autowired
	DataSource dataSource;

	@Autowired
	CustomerRepository customers;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void seed() {
		for (int c = 1; c <= 5; c++) {
			Customer customer = new Customer("Customer " + c, "c" + c + "@example.com");
			this.entityManager.persist(customer);
			this.entityManager.persist(new PurchaseOrder(customer, BigDecimal.TEN));
		}
		PersistenceContexts.flushAndClear(this.entityManager);
	}

	@Test
	void theSliceDataSourceIsWrappedAndTheNPlusOneIsFound() {
		assertThat(this.dataSource).isInstanceOf(N1ProxyDataSource.class);
		N1Assertions.assertQueries(() -> this.customers.findAllByOrderByIdAsc()
			.forEach((customer) -> customer.getOrders().size())).count(6).hasNPlusOne();
		N1Assertions.assertQueries(() -> this.customers.findAllWithOrders()
			.forEach((customer) -> customer.getOrders().size())).count(1).noNPlusOne();
	}

	@Test
	void aBrokenBudgetFailsWithTheFinding() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> N1Assertions.assertQueries(() -> this.customers.findAllByOrderByIdAsc()
				.forEach((customer) -> customer.getOrders().size())).noNPlusOne())
			.withMessageContaining("Customer.orders");
	}

}
