package dev.n1query.usage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.EagerLoad;
import dev.n1query.core.EntityNames;
import dev.n1query.core.Finding;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportFormatter;
import dev.n1query.core.RootQuery;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as evidence of an N+1 (issue 15): lazy loads of one association for owners from
 * one query from 2, SQL-only shapes from the threshold; an {@code IN} list is a batch only when
 * its content varies; repeated rows inside an N+1 are a note on it, not a second finding; and
 * entities are told apart by class.
 */
class NPlusOneEvidenceUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of(this.reports::add));

	private ScopeReport onlyReport() {
		assertThat(this.reports).hasSize(1);
		return this.reports.get(0);
	}

	private static final RootQuery CUSTOMERS = new RootQuery("Customer",
			CallSite.frame("com.acme.CustomerController", "list", "CustomerController.java", 27),
			"select * from customer c order by c.id");

	private void lazyLoads(QueryScope scope, AssociationLoad load, String sql, int owners) {
		for (int i = 0; i < owners; i++) {
			AssociationLoad previous = scope.swapAssociationLoad(load);
			this.tracker.record(StatementExecution.of(sql, i));
			scope.swapAssociationLoad(previous);
		}
	}

	@Test
	void lazyLoadsOfOneAssociationForTwoOwnersFromOneQueryAreAnNPlusOne() {
		try (QueryScope scope = this.tracker.open("page")) {
			lazyLoads(scope, AssociationLoad.from(CUSTOMERS, "Customer", "orders", "one-to-many"),
					"select * from orders o where o.customer_id = ?", 2);
		}
		assertThat(onlyReport().nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(2);
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Customer.orders");
		});
	}

	@Test
	void sqlOnlyShapesKeepTheThreshold() {
		try (QueryScope scope = this.tracker.open("page")) {
			for (int i = 0; i < 2; i++) {
				this.tracker.record(StatementExecution.of("select * from orders o where o.customer_id = ?", i));
			}
		}
		assertThat(onlyReport().nPlusOne()).isEmpty();
	}

	@Test
	void everyAssociationLoadedLazilyFromTheSameRootIsInTheFetchPlan() {
		try (QueryScope scope = this.tracker.open("page")) {
			AssociationLoad orders = AssociationLoad.from(CUSTOMERS, "Customer", "orders", "one-to-many");
			AssociationLoad lines = AssociationLoad.from(orders, "PurchaseOrder", "lines", "one-to-many");
			AssociationLoad product = AssociationLoad.from(lines, "OrderLine", "product", "many-to-one");
			lazyLoads(scope, orders, "select * from orders o where o.customer_id = ?", 3);
			lazyLoads(scope, lines, "select * from line l where l.order_id = ?", 6);
			lazyLoads(scope, product, "select * from product p where p.id = ?", 12);
		}
		List<Finding> findings = onlyReport().nPlusOne();
		assertThat(findings).hasSize(3).allSatisfy((finding) -> {
			assertThat(finding.fetchPlan().root()).isEqualTo(CUSTOMERS);
			assertThat(finding.fetchPlan().attributePaths()).containsExactly("orders", "orders.lines",
					"orders.lines.product");
			assertThat(finding.fetchPlan().collectionPaths()).containsExactly("orders", "orders.lines");
		});
		assertThat(findings).extracting((finding) -> finding.fetchPlan().path())
			.containsExactlyInAnyOrder("orders", "orders.lines", "orders.lines.product");
	}

	@Test
	void constantLiteralInFilterInALoopIsAnNPlusOneNotABatch() {
		try (QueryScope scope = this.tracker.open("page")) {
			for (int i = 0; i < 50; i++) {
				this.tracker.record(StatementExecution
					.of("select * from orders o where o.status in ('OPEN','PAID') and o.customer_id = ?", i));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.batchedLoads()).isEmpty();
		assertThat(report.nPlusOne()).singleElement().extracting(Finding::count).isEqualTo(50);
	}

	@Test
	void constantBoundInFilterInALoopIsAnNPlusOneNotABatch() {
		try (QueryScope scope = this.tracker.open("page")) {
			for (int i = 0; i < 5; i++) {
				this.tracker.record(StatementExecution
					.of("select * from orders o where o.status in (?, ?) and o.customer_id = ?", "OPEN", "PAID", i));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.batchedLoads()).isEmpty();
		assertThat(report.nPlusOne()).singleElement().extracting(Finding::count).isEqualTo(5);
	}

	@Test
	void anInListWhoseValuesChangeIsABatchEvenAtTheSameSize() {
		try (QueryScope scope = this.tracker.open("page")) {
			for (int i = 0; i < 5; i++) {
				this.tracker.record(StatementExecution.of("select * from book where author_id in (?, ?)", 2 * i,
						2 * i + 1));
			}
			for (int i = 0; i < 5; i++) {
				this.tracker.record(
						StatementExecution.of("select * from shelf where id in (" + (3 * i) + ", " + (3 * i + 1) + ")"));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.nPlusOne()).isEmpty();
		assertThat(report.batchedLoads()).hasSize(2).allSatisfy((group) -> assertThat(group.inListSize()).isEqualTo(2));
	}

	@Test
	void repeatedRowsInsideAnNPlusOneAreANoteOnItNotADuplicate() {
		try (QueryScope scope = this.tracker.open("page")) {
			for (int id : new int[] { 7, 8, 7, 8 }) {
				this.tracker.record(StatementExecution.of("select * from customer c where c.id = ?", id));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.duplicates()).isEmpty();
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(4);
			assertThat(finding.note()).isEqualTo("4 loads of 2 distinct rows");
			assertThat(ReportFormatter.describe(finding)).contains("(4 loads of 2 distinct rows)");
		});
	}

	@Test
	void anExactDuplicateOutsideAnyNPlusOneIsStillReported() {
		try (QueryScope scope = this.tracker.open("page")) {
			this.tracker.record(StatementExecution.of("select * from settings s where s.id = ?", 1));
			this.tracker.record(StatementExecution.of("select * from settings s where s.id = ?", 1));
		}
		assertThat(onlyReport().duplicates()).singleElement().extracting(Finding::count).isEqualTo(2);
	}

	/** Two classes of the same simple name: an entity and a DTO. */
	static final class Domain {

		static final class Customer {

		}

	}

	static final class Web {

		static final class Customer {

		}

	}

	@Test
	void readsOfADtoAreNotReadsOfTheEntityOfTheSameSimpleName() {
		QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(this.reports::add));
		tracker.watchEntityReads(true);
		assertThat(EntityNames.of(Web.Customer.class)).isEqualTo(EntityNames.of(Domain.Customer.class));
		try (QueryScope scope = tracker.open("page")) {
			tracker.record(StatementExecution.of("select * from customer c left join orders o on o.customer_id = c.id"));
			scope.noteEagerLoad(new EagerLoad("Customer", "orders", "one-to-many", false,
					EntityNames.typeOf(Domain.Customer.class)));
			scope.noteRead(Web.Customer.class, "name");
		}
		assertThat(onlyReport().unusedEagerLoads()).isEmpty();
	}

	@Test
	void readsOfTheEntityItselfStillJudgeIt() {
		QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(this.reports::add));
		tracker.watchEntityReads(true);
		try (QueryScope scope = tracker.open("page")) {
			tracker.record(StatementExecution.of("select * from customer c left join orders o on o.customer_id = c.id"));
			scope.noteEagerLoad(new EagerLoad("Customer", "orders", "one-to-many", true,
					EntityNames.typeOf(Domain.Customer.class)));
			scope.noteRead(Domain.Customer.class, "name");
		}
		assertThat(onlyReport().unusedEagerLoads()).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Customer.orders");
			// Reads by Java code cannot be seen: an EAGER mapping is never advised LAZY.
			assertThat(finding.suggestion()).doesNotContain("FetchType.LAZY").contains("projection");
		});
	}

}
