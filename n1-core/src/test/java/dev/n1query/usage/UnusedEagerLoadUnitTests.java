package dev.n1query.usage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionMode;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.EagerLoad;
import dev.n1query.core.EntityNames;
import dev.n1query.core.Finding;
import dev.n1query.core.FindingKind;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportFormatter;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unused-eager-loading rule, without Spring or Hibernate: eager loads and reads are
 * told to the scope as N1's Hibernate listener and view sensors would.
 */
class UnusedEagerLoadUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private QueryTracker tracker(DetectionSettings settings) {
		QueryTracker tracker = new QueryTracker(settings, new CallSiteResolver(), List.of(),
				List.of(this.reports::add));
		tracker.watchEntityReads(true);
		return tracker;
	}

	private final QueryTracker tracker = tracker(DetectionSettings.DEFAULTS);

	private List<Finding> unused(QueryTracker tracker, String... reads) {
		int before = this.reports.size();
		try (QueryScope scope = tracker.open("page")) {
			loadCustomersWithOrders(tracker, scope);
			assertThat(scope.watchesReads()).isTrue();
			for (String read : reads) {
				String[] entityAndProperty = read.split("\\.");
				scope.noteRead(entityAndProperty[0], entityAndProperty[1]);
			}
		}
		assertThat(this.reports).as("this scope's report").hasSize(before + 1);
		return this.reports.get(this.reports.size() - 1).unusedEagerLoads();
	}

	private void loadCustomersWithOrders(QueryTracker tracker, QueryScope scope) {
		tracker.record(StatementExecution.of("select * from customer c left join orders o on o.customer_id = c.id"));
		for (int i = 0; i < 20; i++) {
			scope.noteEagerLoad(new EagerLoad("Customer", "orders", "one-to-many", false));
		}
		scope.noteLoader("Customer", "CustomerRepository.findAllWithOrders()");
	}

	@Test
	void associationOfAnEntityTheResponseReadButNotItIsReported() {
		assertThat(unused(this.tracker, "Customer.name", "Customer.email")).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.UNUSED_EAGER_LOADING);
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Customer.orders");
			assertThat(finding.count()).isEqualTo(20);
			assertThat(finding.fingerprint()).startsWith("select * from customer c left join orders");
			assertThat(finding.callSite().toString()).contains("UnusedEagerLoadUnitTests.loadCustomersWithOrders");
			assertThat(finding.loadedBy()).isEqualTo("CustomerRepository.findAllWithOrders()");
			assertThat(ReportFormatter.describe(finding)).startsWith("Customer.orders fetched eagerly (×20) by [")
				.contains("Fix: CustomerRepository.findAllWithOrders() fetches Customer.orders");
		});
	}

	@Test
	void associationTheResponseReadIsNotReported() {
		assertThat(unused(this.tracker, "Customer.name", "Customer.orders")).isEmpty();
	}

	@Test
	void entityTheResponseNeverReadIsNotJudged() {
		assertThat(unused(this.tracker, "Invoice.number")).isEmpty();
		assertThat(unused(this.tracker)).isEmpty();
	}

	/**
	 * N1 cannot see reads by Java code, so advice to map the association LAZY could break a
	 * page that reads it in Java (issue 15): the fix never touches the mapping.
	 */
	@Test
	void eagerMappingGetsAFixThatCannotBreakJavaReads() {
		try (QueryScope scope = this.tracker.open("page")) {
			this.tracker.record(StatementExecution.of("select * from desk"));
			scope.noteEagerLoad(new EagerLoad("Desk", "room", "many-to-one", true));
			scope.noteRead("Desk", "label");
		}
		assertThat(this.reports.get(0).unusedEagerLoads()).singleElement()
			.satisfies((finding) -> assertThat(finding.suggestion()).startsWith("Desk.room is mapped EAGER")
				.contains("keep the mapping")
				.contains("projection")
				.doesNotContain("FetchType.LAZY"));
	}

	@Test
	void readsBeforeTheEagerLoadCount() {
		// Reading a lazy reference loads the entity, and its eager associations, after the read.
		try (QueryScope scope = this.tracker.open("page")) {
			scope.noteRead("Customer", "orders");
			loadCustomersWithOrders(this.tracker, scope);
			scope.noteRead("Customer", "name");
		}
		assertThat(this.reports.get(0).unusedEagerLoads()).isEmpty();
	}

	@Test
	void readsAreWatchedOnlyWhenAnOrmIntegrationAsks() {
		QueryTracker plain = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(this.reports::add));
		try (QueryScope scope = plain.open("page")) {
			assertThat(scope.watchesReads()).isFalse();
		}
		try (QueryScope scope = this.tracker.open("page")) {
			assertThat(scope.watchesReads()).isTrue();
		}
	}

	@Test
	void tooManyDistinctReadsToJudgeReportNothing() {
		try (QueryScope scope = this.tracker.open("page")) {
			loadCustomersWithOrders(this.tracker, scope);
			scope.noteRead("Customer", "name");
			for (int i = 0; i < 10_000; i++) {
				scope.noteRead("Row" + i, "value");
			}
		}
		assertThat(this.reports.get(0).unusedEagerLoads()).isEmpty();
	}

	/** The tally skips its map for a load told again by the same instance, as rows of one query do. */
	@Test
	void ownersAreCountedPerAssociationWhenLoadsInterleave() {
		EagerLoad orders = new EagerLoad("Customer", "orders", "one-to-many", false);
		EagerLoad lines = new EagerLoad("Order", "lines", "one-to-many", false);
		try (QueryScope scope = this.tracker.open("page")) {
			this.tracker.record(StatementExecution.of("select * from customer c left join orders o on o.customer_id = c.id"));
			for (EagerLoad load : List.of(orders, orders, orders, lines, lines, orders,
					new EagerLoad("Customer", "orders", "one-to-many", false), lines)) {
				scope.noteEagerLoad(load);
			}
			scope.noteRead("Customer", "name");
			scope.noteRead("Order", "total");
		}
		assertThat(this.reports.get(0).unusedEagerLoads())
			.extracting((finding) -> finding.entity() + "." + finding.association() + " ×" + finding.count())
			.containsExactly("Customer.orders ×5", "Order.lines ×3");
	}

	/**
	 * Reads repeated with other String instances of the same names, and reads that meet in the
	 * tally's cache of recent reads, count once each: repeating a read never uses up the
	 * bound past which nothing is judged.
	 */
	@Test
	void repeatedReadsCountOnce() {
		try (QueryScope scope = this.tracker.open("page")) {
			loadCustomersWithOrders(this.tracker, scope);
			for (int i = 0; i < 20_000; i++) {
				scope.noteRead(new String("Customer"), new String("name"));
				scope.noteRead("Customer", "email");
				scope.noteRead("Row" + (i % 100), "value");
			}
			scope.noteRead((String) null, "name"); // names an ORM integration could not resolve
			scope.noteRead("Customer", null);
		}
		assertThat(this.reports.get(0).unusedEagerLoads()).singleElement()
			.satisfies((finding) -> assertThat(finding.count()).isEqualTo(20));
	}

	@Test
	void detectionOffAndSafelistsSilenceIt() {
		assertThat(unused(tracker(new DetectionSettings(DetectionMode.OFF, 3, 500, Safelist.NONE)), "Customer.name"))
			.isEmpty();
		Safelist byCallSite = new Safelist(List.of(), List.of("UnusedEagerLoadUnitTests.loadCustomersWithOrders"),
				List.of());
		assertThat(unused(tracker(new DetectionSettings(DetectionMode.LOG, 3, 500, byCallSite)), "Customer.name"))
			.isEmpty();
	}

	@Test
	void eagerLoadsDoNotFailTheScopeInFailMode() {
		QueryTracker failing = tracker(new DetectionSettings(DetectionMode.FAIL, 3, 500, Safelist.NONE));
		assertThat(unused(failing, "Customer.name")).hasSize(1);
	}

	static class Customer {

	}

	// Named the way Hibernate names its ByteBuddy proxies.
	static class Customer$HibernateProxy$x1 extends Customer {

	}

	@Test
	void entitiesAreNamedThroughRuntimeProxies() {
		assertThat(EntityNames.of(Customer.class)).isEqualTo("Customer");
		assertThat(EntityNames.of(Customer$HibernateProxy$x1.class)).isEqualTo("Customer");
		assertThat(EntityNames.of(String.class)).isEqualTo("String");
	}

}
