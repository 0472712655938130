package dev.n1query.demo.scenarios;

import java.util.List;

import dev.n1query.demo.DemoProperties;

import org.springframework.stereotype.Component;

/** Every scenario of the demo, with the statement count its fixed form must issue. */
@Component
public class ScenarioCatalog {

	private final List<Scenario> scenarios;

	ScenarioCatalog(DemoProperties properties) {
		int customers = properties.customers();
		int authors = properties.authors();
		int services = properties.streamingServices();
		this.scenarios = List.of(
				new Scenario("Template loop over a one-to-many", "customers → orders read per row in a Thymeleaf loop",
						"@EntityGraph(attributePaths = \"orders\") on the repository method", "GET", "/customers",
						"/customers/fixed", "N_PLUS_ONE", customers, 1),
				new Scenario("Many-to-one per row", "orders → order.customer.name read per row",
						"join fetch o.customer in the JPQL query", "GET", "/orders", "/orders/fixed", "N_PLUS_ONE", customers, 1),
				new Scenario("Nested JSON", "authors with their books serialized by Jackson",
						"@EntityGraph(attributePaths = \"books\") before returning the entities", "GET", "/api/authors",
						"/api/authors/fixed", "N_PLUS_ONE", authors, 1),
				new Scenario("Several relations per row", "author → books, profile and settings: 1 + 3N",
						"one entity graph over books, profile and settings", "GET", "/authors", "/authors/fixed",
						"N_PLUS_ONE", authors, 1),
				new Scenario("Lookup by a non-key column in a loop", "findByProviderId once per item of a feed",
						"findAllByProviderIdIn(ids) once, then a map", "GET", "/providers/match",
						"/providers/match/fixed", "N_PLUS_ONE", services, 1),
				new Scenario("INSERT per row", "save(line) per imported line, each its own transaction",
						"saveAll(lines) with hibernate.jdbc.batch_size=" + properties.batchSize(), "POST", "/imports",
						"/imports/fixed", "N_PLUS_ONE", properties.importLines(),
						properties.batches(properties.importLines())),
				new Scenario("Same row twice", "the signed-in customer fetched by a model attribute and again by the handler",
						"use the @ModelAttribute value instead of querying again", "GET", "/profile", "/profile/fixed",
						"DUPLICATE", 2, 1),
				new Scenario("Aggregate per row", "${@bookStats.countFor(author)} runs a COUNT per row",
						"one grouped COUNT query and a map", "GET", "/authors/book-counts", "/authors/book-counts/fixed",
						"N_PLUS_ONE", authors, 2),
				new Scenario("Plain JdbcTemplate loop", "a SUM per customer with string-built SQL, no JPA",
						"one LEFT JOIN … GROUP BY statement", "GET", "/jdbc/customer-totals",
						"/jdbc/customer-totals/fixed", "N_PLUS_ONE", customers, 1),
				new Scenario("Cache refresh", "cached streaming offers rebuilt: a derived deleteBy that loads them first, then a lookup and an INSERT per provider",
						"one bulk DELETE, one …In lookup and a map, saveAll in JDBC batches", "POST",
						"/movies/1/offers/refresh", "/movies/1/offers/refresh/fixed", "N_PLUS_ONE",
						services, 3 + properties.batches(services)));
	}

	public List<Scenario> all() {
		return this.scenarios;
	}

}
