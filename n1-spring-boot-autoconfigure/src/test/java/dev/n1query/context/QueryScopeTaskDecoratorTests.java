package dev.n1query.context;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope travels with the task, and the worker thread is left as it was found. */
class QueryScopeTaskDecoratorTests {

	private final QueryTracker tracker = new QueryTracker();

	private final QueryScopeTaskDecorator decorator = new QueryScopeTaskDecorator(this.tracker);

	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.worker.shutdownNow();
	}

	@Test
	void theSubmittersScopeIsBoundWhileTheTaskRunsAndUnboundAfter() throws Exception {
		AtomicReference<QueryScope> during = new AtomicReference<>();
		try (QueryScope scope = this.tracker.open("submitter")) {
			Runnable task = this.decorator.decorate(() -> {
				during.set(this.tracker.current());
				this.tracker.record(StatementExecution.of("select 1"));
			});
			this.worker.submit(task).get();
			assertThat(during.get()).isSameAs(scope);
			assertThat(scope.queryCount()).isEqualTo(1);
		}
		assertThat(this.worker.submit(this.tracker::current).get()).isNull();
	}

	@Test
	void withoutAScopeTheTaskIsNotWrapped() {
		Runnable task = () -> {
		};
		assertThat(this.decorator.decorate(task)).isSameAs(task);
	}

	@Test
	void aTaskThatOutlivesItsSubmitterCountsOutsideAnyScope() throws Exception {
		Runnable task;
		try (QueryScope scope = this.tracker.open("submitter")) {
			task = this.decorator.decorate(() -> this.tracker.record(StatementExecution.of("select 1")));
		}
		long before = this.tracker.unscopedStatements();
		this.worker.submit(task).get();
		assertThat(this.tracker.unscopedStatements()).isEqualTo(before + 1);
	}

}
