package dev.n1query.test;

import dev.n1query.core.QueryTracker;

/**
 * Query assertions on a block of code, like Django's {@code assertNumQueries}:
 *
 * <pre>{@code
 * assertQueries(() -> mockMvc.perform(get("/customers"))).count(2).noNPlusOne();
 * assertQueries(() -> importer.run(lines)).inserts(1).noNPlusOne();
 * assertQueries(() -> mockMvc.perform(get("/customers"))).doesNotGrowWith((n) -> seed(n));
 * }</pre>
 *
 * The statements counted are those of the block's thread and of every request it makes,
 * also through MockMvc (templates rendered included) or to a running server. In a Spring
 * test the tracker is found in the test's application context; elsewhere pass it.
 */
public final class N1Assertions {

	private N1Assertions() {
	}

	/**
	 * Runs the block and returns assertions on what it ran.
	 * @param block the code to measure
	 * @return the assertions
	 */
	public static QueryAssert assertQueries(QueryBlock block) {
		return assertQueries(N1TestContext.tracker(), block);
	}

	/**
	 * Runs the block and returns assertions on what it ran.
	 * @param tracker the application's tracker
	 * @param block the code to measure
	 * @return the assertions
	 */
	public static QueryAssert assertQueries(QueryTracker tracker, QueryBlock block) {
		QueryRecording recording = QueryRecording.start(tracker, "assertQueries");
		Throwable failure = null;
		try {
			block.run();
		}
		catch (Throwable ex) {
			failure = ex;
		}
		RecordedQueries queries = recording.stop();
		if (failure != null) {
			throw new AssertionError("The block under assertQueries failed after " + queries.describe(), failure);
		}
		return new QueryAssert(queries, "the block", Hints.forBlock(), tracker, block);
	}

}
