package org.springframework.samples.n1fixture;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.StatementExecution;

/** Application code under a framework's prefix that runs a statement. */
public final class FixtureStatements {

	private FixtureStatements() {
	}

	public static void run(QueryTracker tracker) {
		tracker.record(StatementExecution.of("select 1")); // recorded
	}

}
