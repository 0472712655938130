package dev.n1query.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored statement's offset in its scope is when it ended: the end time the JDBC layer
 * hands over when it has one (it read the clock to time the execution), else the clock's.
 */
class StatementOffsetUnitTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void theOffsetIsTheEndTimeHandedOverOrTheClocksWithout() {
		QueryTracker tracker = new QueryTracker();
		long beforeOpen = System.nanoTime();
		QueryScope scope = tracker.open("offsets");
		long afterOpen = System.nanoTime();
		tracker.record(execution(afterOpen + 5 * SECOND));
		tracker.record(execution(0)); // not known
		tracker.record(execution(beforeOpen - 5 * SECOND)); // another thread's clock reading, say: never negative
		scope.close();
		List<RecordedStatement> statements = scope.report().statements();
		assertThat(statements.get(0).offsetNanos()).isBetween(5 * SECOND, 5 * SECOND + (afterOpen - beforeOpen));
		assertThat(statements.get(1).offsetNanos()).isBetween(0L, System.nanoTime() - beforeOpen);
		assertThat(statements.get(2).offsetNanos()).isZero();
	}

	private static StatementExecution execution(long endNanos) {
		return new StatementExecution("select 1", List.of(), 1_000, 0, -1, true, null, "dataSource", endNanos);
	}

}
