package dev.n1query.usage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import dev.n1query.core.StatementType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement that arrives after its scope closed (work handed to another thread that
 * outlives the request) is counted outside any scope, as statements without a scope are:
 * never lost, never added to a report that was already handed out.
 */
class LateStatementUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final List<StatementType> observed = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
			List.of(this.reports::add), List.of((type, dataSource) -> this.observed.add(type)));

	@Test
	void aStatementRecordedIntoAClosedScopeIsCountedOutsideAnyScope() throws Exception {
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			QueryScope scope = this.tracker.open("request");
			this.tracker.record(StatementExecution.of("select * from customer where id = ?", 1));
			CountDownLatch closed = new CountDownLatch(1);
			Future<?> late = worker.submit(() -> {
				this.tracker.attach(scope);
				try {
					closed.await(5, TimeUnit.SECONDS);
					this.tracker.record(StatementExecution.of("select * from orders where customer_id = ?", 1));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					this.tracker.detach(scope);
				}
			});
			scope.close();
			closed.countDown();
			late.get(5, TimeUnit.SECONDS);
		}
		finally {
			worker.shutdownNow();
		}
		assertThat(this.reports).singleElement().satisfies((report) -> assertThat(report.queryCount()).isEqualTo(1));
		assertThat(this.tracker.unscopedStatements()).isEqualTo(1);
		assertThat(this.observed).containsExactly(StatementType.SELECT, StatementType.SELECT);
	}

	@Test
	void aLateStatementWithoutObserversIsCountedToo() {
		QueryTracker plain = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(this.reports::add));
		QueryScope scope = plain.open("job");
		scope.close();
		plain.attach(scope);
		try {
			plain.record(StatementExecution.of("update t set a = ?", 1));
			plain.record(StatementExecution.of("update t set a = ?", 2));
		}
		finally {
			plain.detach(scope);
		}
		assertThat(plain.unscopedStatements()).isEqualTo(2);
		assertThat(this.reports).singleElement().satisfies((report) -> assertThat(report.queryCount()).isZero());
	}

}
