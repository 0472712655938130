package dev.n1query.usage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.Finding;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scope, work on two threads at once: each thread's activity and association being
 * loaded stay its own (issue 16, item 11).
 */
class ThreadActivityUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	// This package is skipped, so the activity names the call site, as in a view.
	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS,
			new CallSiteResolver(List.of("dev.n1query.usage")), List.of(), List.of(this.reports::add));

	@Test
	void concurrentLazyLoadsOnTwoThreadsKeepTheirOwnAttribution() throws Exception {
		CyclicBarrier bothSet = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (QueryScope scope = this.tracker.open("parallel")) {
			// Both threads' activities are set while each loads; the loads take turns, since
			// statements alternating one by one (A B A B A B) read as one loop (LoopDetector).
			CountDownLatch customersLoaded = new CountDownLatch(1);
			Future<?> customers = pool
				.submit(() -> load(scope, bothSet, null, customersLoaded, "customer", "Customer", "orders"));
			Future<?> authors = pool
				.submit(() -> load(scope, bothSet, customersLoaded, new CountDownLatch(1), "author", "Author", "books"));
			customers.get(10, TimeUnit.SECONDS);
			authors.get(10, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
		ScopeReport report = this.reports.get(0);
		assertThat(report.nPlusOne()).hasSize(2);
		for (Finding finding : report.nPlusOne()) {
			String table = finding.fingerprint().contains("customer_id") ? "customer" : "author";
			String entity = table.equals("customer") ? "Customer" : "Author";
			assertThat(finding.entity()).as(finding.fingerprint()).isEqualTo(entity);
			assertThat(finding.association()).isEqualTo(entity.equals("Customer") ? "orders" : "books");
			assertThat(finding.callSite().toString()).isEqualTo("rendering " + table + "s.html for Controller.list");
		}
	}

	@Test
	void activitiesOfOtherThreadsAreClearedWhenTheScopeCloses() throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			QueryScope scope = this.tracker.open("closing");
			pool.submit(() -> scope.swapActivity(CallSite.trigger("rendering"))).get(10, TimeUnit.SECONDS);
			assertThat(scope.activity()).isNull(); // the opening thread's own is untouched
			scope.close();
			assertThat(pool.submit(scope::activity).get(10, TimeUnit.SECONDS)).isNull();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Void load(QueryScope scope, CyclicBarrier bothSet, CountDownLatch turn, CountDownLatch loaded, String table,
			String entity, String association) throws Exception {
		this.tracker.attach(scope);
		try {
			scope.swapActivity(CallSite.trigger("rendering " + table + "s.html", "com.acme.Controller", "list"));
			scope.swapAssociationLoad(new AssociationLoad(entity, association, "one-to-many", null));
			bothSet.await(10, TimeUnit.SECONDS); // each thread has set its own before either loads
			if (turn != null) {
				assertThat(turn.await(10, TimeUnit.SECONDS)).isTrue();
			}
			for (int id = 1; id <= 3; id++) {
				this.tracker.record(StatementExecution
					.of("select * from " + (entity.equals("Customer") ? "purchase_order" : "book") + " where "
							+ table + "_id = ?", id));
			}
			loaded.countDown();
			bothSet.await(10, TimeUnit.SECONDS); // neither clears its own before both have loaded
			scope.swapAssociationLoad(null);
			scope.swapActivity(null);
			return null;
		}
		finally {
			this.tracker.detach(scope);
		}
	}

}
