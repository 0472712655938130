package dev.n1query.demo.eager;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.n1query.core.EntityNames;
import dev.n1query.core.Finding;
import dev.n1query.core.ScopeReport;
import dev.n1query.demo.DemoHttp;
import dev.n1query.demo.enhanced.ShelfEntity;
import dev.n1query.demo.enhanced.VolumeEntity;
import dev.n1query.demo.shop.Customer;
import dev.n1query.demo.shop.CustomerRepository;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unused eager loading, through real HTTP: test-only endpoints fetch associations eagerly on
 * purpose (an entity graph, a fetch join, an EAGER mapping), on plain and on
 * bytecode-enhanced entities, and render them or not, in Thymeleaf and in JSON. Each
 * endpoint is called twice, because Spring EL and Jackson cache how they read properties.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:unused-eager;DB_CLOSE_DELAY=-1")
@Import({ DemoHttp.ReportsConfiguration.class, UnusedEagerLoadingIntegrationTests.EagerEndpoints.class })
class UnusedEagerLoadingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	DemoHttp http;

	@BeforeEach
	void seed() {
		this.http = new DemoHttp(this.port, this.reports);
		this.transactions.executeWithoutResult((status) -> {
			if (this.entityManager.find(RoomEntity.class, 1L) != null) {
				return;
			}
			RoomEntity north = new RoomEntity(1L, "North");
			RoomEntity south = new RoomEntity(2L, "South");
			this.entityManager.persist(north);
			this.entityManager.persist(south);
			for (long d = 1; d <= 6; d++) {
				this.entityManager.persist(new DeskEntity(d, "Desk " + d, (d % 2 == 0) ? north : south));
			}
			for (long s = 1; s <= 3; s++) {
				ShipEntity ship = new ShipEntity(s, "Ship " + s);
				for (long c = 1; c <= 2; c++) {
					CabinEntity cabin = new CabinEntity(s * 10 + c, "C" + c);
					this.entityManager.persist(cabin);
					ship.getCabins().add(cabin);
				}
				this.entityManager.persist(ship);
			}
			for (long s = 1; s <= 4; s++) {
				ShelfEntity shelf = new ShelfEntity(s, "Shelf " + s);
				this.entityManager.persist(shelf);
				this.entityManager.persist(new VolumeEntity(s * 10, shelf));
			}
		});
	}

	private List<Finding> unusedEagerLoads(String path) throws Exception {
		ScopeReport first = this.http.call("GET", path);
		ScopeReport second = this.http.call("GET", path);
		assertThat(second.unusedEagerLoads()).as("the second call of " + path)
			.hasSameSizeAs(first.unusedEagerLoads());
		return second.unusedEagerLoads();
	}

	@Test
	void entityGraphThatTheTemplateNeverReadsIsReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/customer-names")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Customer.orders");
			assertThat(finding.associationKind()).isEqualTo("one-to-many");
			assertThat(finding.count()).as("customers loaded with their orders").isEqualTo(customerCount());
			assertThat(finding.loadedBy()).isEqualTo("CustomerRepository.findAllWithOrders()");
			assertThat(finding.callSite().toString()).contains("EagerEndpoints.customerNames");
			assertThat(finding.fingerprint()).contains("join purchase_order");
			assertThat(finding.suggestion()).startsWith("CustomerRepository.findAllWithOrders() fetches Customer.orders")
				.contains("never read it");
		});
	}

	@Test
	void theDemosDirectoryPageShowsItBrokenAndFixed() throws Exception {
		assertThat(unusedEagerLoads("/customers/directory")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Customer.orders");
			assertThat(finding.loadedBy()).isEqualTo("CustomerRepository.findAllWithOrders()");
			assertThat(finding.callSite().toString()).contains("CustomerController.directory");
		});
		ScopeReport fixed = this.http.call("GET", "/customers/directory/fixed");
		assertThat(fixed.queryCount()).isEqualTo(1);
		assertThat(fixed.hasFindings()).isFalse();
	}

	@Test
	void theQueriesEndpointListsIt() throws Exception {
		ScopeReport page = this.http.call("GET", "/test/eager/customer-names");
		String json = this.http.get("/actuator/queries/" + page.id()).body();
		DocumentContext unused = JsonPath.parse(json);
		assertThat(unused.read("$.unusedEagerLoads.length()", Integer.class)).isEqualTo(1);
		assertThat(unused.read("$.unusedEagerLoads[0].entity", String.class)).isEqualTo("Customer");
		assertThat(unused.read("$.unusedEagerLoads[0].association", String.class)).isEqualTo("orders");
		assertThat(unused.read("$.unusedEagerLoads[0].kind", String.class)).isEqualTo("one-to-many");
		assertThat(unused.read("$.unusedEagerLoads[0].count", Integer.class)).isEqualTo(customerCount());
		assertThat(unused.read("$.unusedEagerLoads[0].loadedBy", String.class))
			.isEqualTo("CustomerRepository.findAllWithOrders()");
		assertThat(unused.read("$.unusedEagerLoads[0].suggestion", String.class)).contains("never read it");
		String list = this.http.get("/actuator/queries?findings=true").body();
		assertThat(list).contains(page.id());
	}

	@Test
	void entityGraphThatTheTemplateIteratesIsNotReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/customer-orders")).isEmpty();
	}

	@Test
	void entityGraphReadThroughAGetterCallInTheTemplateIsNotReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/customer-order-counts")).isEmpty();
	}

	@Test
	void entitiesTheResponseNeverSawAreNotJudged() throws Exception {
		// The orders are summed in Java and only the sum reaches the template: N1 cannot see
		// Java code read them, and it does not guess.
		assertThat(unusedEagerLoads("/test/eager/order-total")).isEmpty();
	}

	@Test
	void eagerMappingThatTheJsonLeavesOutIsReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/desks.json")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("DeskEntity.room");
			assertThat(finding.associationKind()).isEqualTo("many-to-one");
			assertThat(finding.count()).as("one select per room of the six desks").isEqualTo(2);
			assertThat(finding.fingerprint()).as("the statement that fetched it").contains("from eager_room");
			assertThat(finding.callSite().toString()).contains("EagerEndpoints.desks");
			// Never "map it LAZY": N1 cannot see reads by Java code (issue 15).
			assertThat(finding.suggestion()).startsWith("DeskEntity.room is mapped EAGER")
				.contains("projection")
				.doesNotContain("FetchType.LAZY");
		});
	}

	@Test
	void eagerBackReferenceThatCostNoStatementIsNotReported() throws Exception {
		// The rooms come with their desks by a fetch join; each desk's EAGER room is the room
		// already loaded, which costs nothing, so the template not reading desk.room is fine.
		assertThat(unusedEagerLoads("/test/eager/room-desks")).isEmpty();
	}

	@Test
	void eagerCollectionThatTheTemplateNeverReadsIsReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/ship-names")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("ShipEntity.cabins");
			assertThat(finding.count()).isEqualTo(3);
			assertThat(finding.fingerprint()).contains("from eager_cabin");
			assertThat(finding.suggestion()).startsWith("ShipEntity.cabins is mapped EAGER")
				.contains("projection")
				.doesNotContain("FetchType.LAZY");
		});
	}

	@Test
	void eagerCollectionThatTheJsonWritesUnderAnotherNameIsNotReported() throws Exception {
		HttpResponse<String> json = this.http.get("/test/eager/ships.json");
		assertThat(json.body()).contains("\"berths\"").doesNotContain("\"cabins\"");
		assertThat(unusedEagerLoads("/test/eager/ships.json")).isEmpty();
	}

	@Test
	void entitiesAreNamedThroughHibernateProxies() {
		this.transactions.executeWithoutResult((status) -> {
			Object proxy = this.entityManager.getReference(RoomEntity.class, 1L);
			assertThat(proxy.getClass()).isNotEqualTo(RoomEntity.class);
			assertThat(EntityNames.of(proxy.getClass())).isEqualTo("RoomEntity");
		});
	}

	@Test
	void eagerMappingThatTheTemplateReadsIsNotReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/desk-rooms")).isEmpty();
	}

	@Test
	void entityGraphThatTheJsonWritesIsNotReported() throws Exception {
		// Author.books comes with the authors by an entity graph, and the JSON writes it.
		assertThat(unusedEagerLoads("/api/authors/fixed")).isEmpty();
	}

	@Test
	void fetchJoinOfEnhancedEntitiesThatTheTemplateNeverReadsIsReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/shelf-labels")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("ShelfEntity.volumes");
			assertThat(finding.count()).isEqualTo(4);
			assertThat(finding.suggestion()).contains("fetches ShelfEntity.volumes");
		});
	}

	@Test
	void fetchJoinOfEnhancedEntitiesThatTheTemplateReadsIsNotReported() throws Exception {
		assertThat(unusedEagerLoads("/test/eager/shelf-volumes")).isEmpty();
	}

	@Test
	void noScenarioOfTheDemoFetchesAnythingItDoesNotUse() throws Exception {
		String catalog = this.http.get("/scenarios").body();
		List<Map<String, Object>> scenarios = JsonPath.parse(catalog).read("$");
		assertThat(scenarios).hasSizeGreaterThanOrEqualTo(10);
		for (Map<String, Object> scenario : scenarios) {
			for (String url : List.of((String) scenario.get("brokenUrl"), (String) scenario.get("fixedUrl"))) {
				ScopeReport report = this.http.call((String) scenario.get("method"), url);
				assertThat(report.unusedEagerLoads()).as(url).isEmpty();
			}
		}
	}

	private int customerCount() {
		return this.transactions.execute((status) -> this.entityManager
			.createQuery("select count(c) from Customer c", Long.class)
			.getSingleResult()
			.intValue());
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Controller
	static class EagerEndpoints {

		private final CustomerRepository customers;

		private final EntityManager entityManager;

		EagerEndpoints(CustomerRepository customers, EntityManager entityManager) {
			this.customers = customers;
			this.entityManager = entityManager;
		}

		@GetMapping("/test/eager/customer-names")
		String customerNames(Model model) {
			model.addAttribute("customers", this.customers.findAllWithOrders());
			return "eager-test/customer-names";
		}

		@GetMapping("/test/eager/customer-orders")
		String customerOrders(Model model) {
			model.addAttribute("customers", this.customers.findAllWithOrders());
			return "eager-test/customer-orders";
		}

		@GetMapping("/test/eager/customer-order-counts")
		String customerOrderCounts(Model model) {
			model.addAttribute("customers", this.customers.findAllWithOrders());
			return "eager-test/customer-order-counts";
		}

		@GetMapping("/test/eager/order-total")
		String orderTotal(Model model) {
			BigDecimal total = BigDecimal.ZERO;
			for (Customer customer : this.customers.findAllWithOrders()) {
				for (var order : customer.getOrders()) {
					total = total.add(order.getTotal());
				}
			}
			model.addAttribute("total", total);
			return "eager-test/total";
		}

		@GetMapping("/test/eager/desks.json")
		@ResponseBody
		List<DeskEntity> desks() {
			return this.entityManager.createQuery("select d from DeskEntity d order by d.id", DeskEntity.class)
				.getResultList();
		}

		@GetMapping("/test/eager/room-desks")
		String roomDesks(Model model) {
			model.addAttribute("rooms", this.entityManager
				.createQuery("select distinct r from RoomEntity r left join fetch r.desks order by r.id", RoomEntity.class)
				.getResultList());
			return "eager-test/room-desks";
		}

		@GetMapping("/test/eager/ship-names")
		String shipNames(Model model) {
			model.addAttribute("ships", ships());
			return "eager-test/ship-names";
		}

		@GetMapping("/test/eager/ships.json")
		@ResponseBody
		List<ShipEntity> ships() {
			return this.entityManager.createQuery("select s from ShipEntity s order by s.id", ShipEntity.class)
				.getResultList();
		}

		@GetMapping("/test/eager/desk-rooms")
		String deskRooms(Model model) {
			model.addAttribute("desks", desks());
			return "eager-test/desk-rooms";
		}

		@GetMapping("/test/eager/shelf-labels")
		String shelfLabels(Model model) {
			model.addAttribute("shelves", shelvesWithVolumes());
			return "eager-test/shelf-labels";
		}

		@GetMapping("/test/eager/shelf-volumes")
		String shelfVolumes(Model model) {
			model.addAttribute("shelves", shelvesWithVolumes());
			return "eager-test/shelf-volumes";
		}

		private List<ShelfEntity> shelvesWithVolumes() {
			return this.entityManager
				.createQuery("select distinct s from ShelfEntity s left join fetch s.volumes order by s.id",
						ShelfEntity.class)
				.getResultList();
		}

	}

}
