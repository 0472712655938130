package dev.n1query.demo.shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;
import dev.n1query.jdbc.N1ProxyDataSource;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} gets N1 too. The test flushes and clears the persistence context
 * after seeding: otherwise the customers' orders would come from the test's own
 * persistence context and the N+1 would never reach the database.
 */
@DataJpaTest
@Import(CustomerRepositoryDataJpaTests.Reports.class)
class CustomerRepositoryDataJpaTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	CustomerRepository customers;

	@Autowired
	EntityManager entityManager;

	@Autowired
	QueryTracker tracker;

	@Autowired
	Reports reports;

	@BeforeEach
	void seed() {
		this.reports.seen.clear();
		for (int c = 1; c <= 5; c++) {
			Customer customer = new Customer("Customer " + c, "c" + c + "@example.com");
			this.entityManager.persist(customer);
			this.entityManager.persist(new PurchaseOrder(customer, BigDecimal.TEN));
		}
		dev.n1query.test.PersistenceContexts.flushAndClear(this.entityManager);
	}

	@Test
	void lazyOrdersPerCustomerAreAnNPlusOne() {
		assertThat(this.dataSource).isInstanceOf(N1ProxyDataSource.class);
		try (QueryScope scope = this.tracker.open("orders per customer")) {
			for (Customer customer : this.customers.findAllByOrderByIdAsc()) {
				assertThat(customer.getOrders()).hasSize(1);
			}
		}
		assertThat(this.reports.seen).singleElement().satisfies((report) -> {
			assertThat(report.queryCount()).isEqualTo(6);
			assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
				assertThat(finding.count()).isEqualTo(5);
				assertThat(finding.callSite().methodName()).isEqualTo("lazyOrdersPerCustomerAreAnNPlusOne");
			});
		});
	}

	@Test
	void assertQueriesSeesTheNPlusOneOnceThePersistenceContextIsCleared() {
		dev.n1query.test.N1Assertions.assertQueries(() -> this.customers.findAllByOrderByIdAsc()
			.forEach((customer) -> customer.getOrders().size())).count(6).hasNPlusOne();
		dev.n1query.test.N1Assertions.assertQueries(() -> this.customers.findAllWithOrders()
			.forEach((customer) -> customer.getOrders().size())).count(1).noNPlusOne();
	}

	@Test
	void theTestsOwnPersistenceContextHidesTheNPlusOneAndTheMessageSaysSo() {
		Customer customer = this.customers.findAllByOrderByIdAsc().get(0);
		customer.getOrders().size(); // now in the test's persistence context
		org.assertj.core.api.Assertions.assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> dev.n1query.test.N1Assertions
				.assertQueries(() -> this.customers.findAllByOrderByIdAsc().get(0).getOrders().size())
				.count(2))
			.withMessageContaining("this runs inside the test's transaction")
			.withMessageContaining("PersistenceContexts.flushAndClear(entityManager)");
	}

	@Test
	void entityGraphLoadsEverythingInOneStatement() {
		try (QueryScope scope = this.tracker.open("with entity graph")) {
			for (Customer customer : this.customers.findAllWithOrders()) {
				assertThat(customer.getOrders()).hasSize(1);
			}
		}
		assertThat(this.reports.seen).singleElement().satisfies((report) -> {
			assertThat(report.queryCount()).isEqualTo(1);
			assertThat(report.hasFindings()).isFalse();
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Reports {

		final List<ScopeReport> seen = new CopyOnWriteArrayList<>();

		@Bean
		ScopeReportListener collect() {
			return this.seen::add;
		}

	}

}
