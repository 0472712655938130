package dev.n1query.demo.shop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenario 9: the same N+1 with plain JdbcTemplate and string-built SQL, no JPA involved.
 */
@RestController
class JdbcCustomerController {

	private final JdbcTemplate jdbc;

	JdbcCustomerController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Broken: one statement for the customers, then one per customer for its order total. */
	@GetMapping("/jdbc/customer-totals")
	List<CustomerTotal> totals() {
		List<CustomerTotal> totals = new ArrayList<>();
		for (Map<String, Object> customer : this.jdbc.queryForList("select id, name from customer order by id")) {
			Number total = this.jdbc.queryForObject(
					"select coalesce(sum(total), 0) from purchase_order where customer_id = " + customer.get("ID"),
					Number.class);
			totals.add(new CustomerTotal((String) customer.get("NAME"), total.doubleValue()));
		}
		return totals;
	}

	/** Fixed: one grouped statement. */
	@GetMapping("/jdbc/customer-totals/fixed")
	List<CustomerTotal> totalsFixed() {
		Map<Long, CustomerTotal> totals = new LinkedHashMap<>();
		this.jdbc.query("select c.id, c.name, coalesce(sum(o.total), 0) as total from customer c "
				+ "left join purchase_order o on o.customer_id = c.id group by c.id, c.name order by c.id",
				(row) -> {
					totals.put(row.getLong("id"), new CustomerTotal(row.getString("name"), row.getDouble("total")));
				});
		return List.copyOf(totals.values());
	}

	record CustomerTotal(String customer, double total) {
	}

}
