package dev.n1query.sample;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's application, for the test-support tests: JdbcTemplate on H2. */
@SpringBootApplication
public class SampleApplication {

	@Service
	public static class OrderService {

		private final JdbcTemplate jdbc;

		OrderService(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		/** One statement per customer: an N+1. */
		public List<Integer> totalsOneByOne(int customers) {
			List<Integer> totals = new ArrayList<>();
			for (int id = 1; id <= customers; id++) {
				totals.add(this.jdbc.queryForObject("select ? * 10", Integer.class, id));
			}
			return totals;
		}

		/** All customers at once. */
		public List<Integer> totalsAtOnce() {
			return this.jdbc.queryForList("select x * 10 from system_range(1, 5)", Integer.class);
		}

		public void profileTwice() {
			this.jdbc.queryForObject("select ? + 0", Integer.class, 1);
			this.jdbc.queryForObject("select ? + 0", Integer.class, 1);
		}

		/** Makes the item table hold n items. */
		public void seedItems(int n) {
			this.jdbc.update("create table if not exists item (id int primary key, price int)");
			this.jdbc.update("delete from item");
			for (int id = 1; id <= n; id++) {
				this.jdbc.update("insert into item values (?, ?)", id, id * 10);
			}
		}

		/** The ids, then one statement per item: grows with the data. */
		public List<Integer> pricesOneByOne() {
			List<Integer> prices = new ArrayList<>();
			for (Integer id : this.jdbc.queryForList("select id from item order by id", Integer.class)) {
				prices.add(this.jdbc.queryForObject("select price from item where id = ?", Integer.class, id));
			}
			return prices;
		}

		/** Every price in one statement. */
		public List<Integer> pricesAtOnce() {
			return this.jdbc.queryForList("select price from item order by id", Integer.class);
		}

		public void insertOne() {
			this.jdbc.update("create table if not exists line (id int)");
			this.jdbc.update("insert into line values (?)", 1);
		}

	}

	@RestController
	static class OrderController {

		private final OrderService orders;

		OrderController(OrderService orders) {
			this.orders = orders;
		}

		@GetMapping("/orders")
		List<Integer> orders() {
			return this.orders.totalsOneByOne(5);
		}

		@GetMapping("/profile")
		String profile() {
			this.orders.profileTwice();
			return "ok";
		}

		@GetMapping("/prices")
		List<Integer> prices() {
			return this.orders.pricesOneByOne();
		}

		@GetMapping("/prices/fixed")
		List<Integer> pricesFixed() {
			return this.orders.pricesAtOnce();
		}

		@GetMapping("/orders/fixed")
		List<Integer> ordersFixed() {
			return this.orders.totalsAtOnce();
		}

	}

}
