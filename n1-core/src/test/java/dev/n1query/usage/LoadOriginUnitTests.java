package dev.n1query.usage;

import java.util.List;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.LoadOrigin;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.RootQuery;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an ORM integration tells a scope per entity loaded: the root query of the latest
 * statement and the association holding each lazy reference, the same as building them
 * by hand, shared by the rows of one query.
 */
class LoadOriginUnitTests {

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of());

	private static final RootQuery CUSTOMERS = new RootQuery("Customer",
			CallSite.frame("com.acme.CustomerController", "list", "CustomerController.java", 27),
			"select * from customer c order by c.id");

	@Test
	void latestRootQueryIsTheLatestStatementsQuerySharedByItsRows() {
		try (QueryScope scope = this.tracker.open("page")) {
			assertThat(scope.latestRootQuery("Customer")).isNull();
			this.tracker.record(StatementExecution.of("select * from customer c order by c.id"));
			RootQuery first = scope.latestRootQuery("Customer");
			assertThat(first).isEqualTo(new RootQuery("Customer", scope.latestStatement().callSite(),
					scope.latestStatement().fingerprint()));
			assertThat(scope.latestRootQuery("Customer")).isSameAs(first);
			assertThat(scope.latestRootQuery("Order").entity()).isEqualTo("Order");
			this.tracker.record(StatementExecution.of("select * from product p"));
			assertThat(scope.latestRootQuery("Product").fingerprint()).isEqualTo(scope.latestStatement().fingerprint())
				.isNotEqualTo(first.fingerprint());
		}
	}

	@Test
	void referenceIsHeldByTheAssociationFromItsOwnersOrigin() {
		Object reference = new Object();
		try (QueryScope scope = this.tracker.open("page")) {
			scope.noteReference(reference, CUSTOMERS, "Customer", "address", "many-to-one");
			assertThat(scope.originOf(reference))
				.isEqualTo(AssociationLoad.from(CUSTOMERS, "Customer", "address", "many-to-one"))
				.satisfies((origin) -> assertThat(origin.path()).isEqualTo("address"));
		}
	}

	@Test
	void firstAssociationSeenHoldingAReferenceKeepsIt() {
		Object reference = new Object();
		try (QueryScope scope = this.tracker.open("page")) {
			scope.noteReference(reference, CUSTOMERS, "Customer", "address", "many-to-one");
			scope.noteReference(reference, CUSTOMERS, "Customer", "billingAddress", "many-to-one");
			assertThat(((AssociationLoad) scope.originOf(reference)).association()).isEqualTo("address");
		}
	}

	@Test
	void referencesOfRowsFromOneOriginShareOneLoadAndOtherOriginsGetTheirOwn() {
		Object first = new Object();
		Object second = new Object();
		Object third = new Object();
		AssociationLoad orders = AssociationLoad.from(CUSTOMERS, "Customer", "orders", "one-to-many");
		try (QueryScope scope = this.tracker.open("page")) {
			scope.noteReference(first, CUSTOMERS, "Customer", "address", "many-to-one");
			scope.noteReference(second, CUSTOMERS, "Customer", "address", "many-to-one");
			scope.noteReference(third, orders, "PurchaseOrder", "address", "many-to-one");
			assertThat(scope.originOf(second)).isSameAs(scope.originOf(first));
			LoadOrigin fromOrders = scope.originOf(third);
			assertThat(fromOrders).isEqualTo(AssociationLoad.from(orders, "PurchaseOrder", "address", "many-to-one"));
			assertThat(fromOrders.path()).isEqualTo("orders.address");
		}
	}

	@Test
	void closedScopeKeepsNoReference() {
		Object reference = new Object();
		QueryScope scope = this.tracker.open("page");
		scope.close();
		scope.noteReference(reference, CUSTOMERS, "Customer", "address", "many-to-one");
		assertThat(scope.originOf(reference)).isNull();
	}

}
