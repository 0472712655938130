package dev.n1query.demo.async;

import java.util.concurrent.CompletableFuture;

import dev.n1query.core.ScopeReport;
import dev.n1query.demo.DemoHttp;
import dev.n1query.demo.shop.Customer;
import dev.n1query.demo.shop.CustomerRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero-config async with JPA: an {@code @Async @Transactional} service method that loads
 * the customers and walks each one's lazy orders runs on Spring Boot's task executor, and
 * the request that awaits it reports its N+1, with nothing configured but the starter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:async-transactional;DB_CLOSE_DELAY=-1")
@Import({ DemoHttp.ReportsConfiguration.class, AsyncTransactionalIntegrationTests.AsyncTotals.class })
class AsyncTransactionalIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	CustomerRepository customers;

	@Test
	void lazyLoopInAnAsyncTransactionalMethodIsTheRequestsNPlusOne() throws Exception {
		ScopeReport report = new DemoHttp(this.port, this.reports).call("GET", "/test/async-order-totals");
		long customerCount = this.customers.count();
		assertThat(report.queryCount()).isEqualTo(1 + customerCount);
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(customerCount);
			assertThat(finding.entity()).isEqualTo("Customer");
			assertThat(finding.association()).isEqualTo("orders");
			assertThat(finding.callSite().toString()).startsWith("AsyncTransactionalIntegrationTests$OrderTotals.count(");
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableAsync
	@Import({ OrderTotals.class, OrderTotalsController.class })
	static class AsyncTotals {

	}

	/** Counts every customer's orders, lazily, on the application's task executor. */
	@Service
	static class OrderTotals {

		private final CustomerRepository customers;

		OrderTotals(CustomerRepository customers) {
			this.customers = customers;
		}

		@Async
		@Transactional(readOnly = true)
		public CompletableFuture<Integer> count() {
			int total = 0;
			for (Customer customer : this.customers.findAllByOrderByIdAsc()) {
				total += customer.getOrders().size();
			}
			return CompletableFuture.completedFuture(total);
		}

	}

	@RestController
	static class OrderTotalsController {

		private final OrderTotals totals;

		OrderTotalsController(OrderTotals totals) {
			this.totals = totals;
		}

		@GetMapping("/test/async-order-totals")
		int totals() {
			return this.totals.count().join();
		}

	}

}
