package dev.n1query.jdbc;

import java.util.List;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N1's JDBC listener runs inside the application's statements: a tracker that cannot be had
 * (not created yet, or gone while the context shuts down) costs the statement nothing.
 */
class N1QueryListenerTests {

	@Test
	void aTrackerThatCannotBeHadLeavesTheStatementAlone() {
		N1QueryListener listener = new N1QueryListener(() -> {
			throw new IllegalStateException("Requested bean is currently in creation");
		});
		assertThat(listener.countIfUnused()).as("nothing more to do for the statement").isTrue();
		listener.afterExecution("select 1", List.of(), 1_000, 0, 0, 1, null, "db");
		listener.afterExecution("select boom", List.of(), 1_000, 0, 0, null, new RuntimeException("syntax"), "db");
	}

	@Test
	void statementsReachTheTracker() {
		QueryTracker tracker = new QueryTracker();
		N1QueryListener listener = new N1QueryListener(() -> tracker);
		try (QueryScope scope = tracker.open("job")) {
			assertThat(listener.countIfUnused()).isFalse();
			listener.afterExecution("select 1", List.of(), 1_000, 0, 0, 1, null, "db");
			assertThat(scope.queryCount()).isEqualTo(1);
		}
	}

}
