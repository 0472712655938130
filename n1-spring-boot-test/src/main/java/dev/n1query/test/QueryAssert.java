package dev.n1query.test;

import java.util.List;

import dev.n1query.core.Finding;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportFormatter;
import dev.n1query.core.StatementType;

/**
 * Fluent assertions on recorded statements. Each failure message says what was expected,
 * lists what ran (grouped, with call sites and the N+1 found) and, where it applies, why
 * the count may be lower than the application's.
 */
public class QueryAssert {

	private final RecordedQueries queries;

	private final String subject;

	private final String hint;

	private final QueryTracker tracker;

	private final QueryBlock block;

	QueryAssert(RecordedQueries queries, String subject, String hint) {
		this(queries, subject, hint, null, null);
	}

	QueryAssert(RecordedQueries queries, String subject, String hint, QueryTracker tracker, QueryBlock block) {
		this.queries = queries;
		this.subject = subject;
		this.hint = hint;
		this.tracker = tracker;
		this.block = block;
	}

	/** What was recorded. */
	public RecordedQueries queries() {
		return this.queries;
	}

	/**
	 * Asserts the exact number of statements.
	 * @param expected the number
	 * @return this
	 */
	public QueryAssert count(int expected) {
		return check(this.queries.count() == expected, "Expected " + expected + " statements");
	}

	/**
	 * Asserts a query budget.
	 * @param max the most statements allowed
	 * @return this
	 */
	public QueryAssert atMost(int max) {
		return check(this.queries.count() <= max, "Expected at most " + max + " statements");
	}

	/**
	 * Asserts the number of SELECTs.
	 * @param expected the number
	 * @return this
	 */
	public QueryAssert selects(int expected) {
		return type(StatementType.SELECT, expected);
	}

	/**
	 * Asserts the number of INSERTs (a JDBC batch counts once).
	 * @param expected the number
	 * @return this
	 */
	public QueryAssert inserts(int expected) {
		return type(StatementType.INSERT, expected);
	}

	/**
	 * Asserts the number of UPDATEs.
	 * @param expected the number
	 * @return this
	 */
	public QueryAssert updates(int expected) {
		return type(StatementType.UPDATE, expected);
	}

	/**
	 * Asserts the number of DELETEs.
	 * @param expected the number
	 * @return this
	 */
	public QueryAssert deletes(int expected) {
		return type(StatementType.DELETE, expected);
	}

	private QueryAssert type(StatementType type, int expected) {
		return check(this.queries.count(type) == expected,
				"Expected " + expected + " " + type.tagValue() + " statements, got " + this.queries.count(type));
	}

	/** Asserts that no N+1 was found. */
	public QueryAssert noNPlusOne() {
		List<Finding> found = this.queries.nPlusOne();
		return check(found.isEmpty(), "Expected no N+1, found " + found.size() + ": "
				+ String.join("; ", found.stream().map(ReportFormatter::describe).toList()));
	}

	/** Asserts that at least one N+1 was found (for tests that pin a known problem). */
	public QueryAssert hasNPlusOne() {
		return check(!this.queries.nPlusOne().isEmpty(), "Expected an N+1, found none");
	}

	/** Asserts that no statement ran twice with the same values. */
	public QueryAssert noDuplicates() {
		List<Finding> found = this.queries.duplicates();
		return check(found.isEmpty(), "Expected no duplicate statements, found " + found.size() + ": "
				+ String.join("; ", found.stream().map(ReportFormatter::describe).toList()));
	}

	/** Asserts that some statement ran twice with the same values. */
	public QueryAssert hasDuplicates() {
		return check(!this.queries.duplicates().isEmpty(), "Expected duplicate statements, found none");
	}

	/**
	 * Asserts that no association was fetched eagerly without the response reading it
	 * (meaningful for requests that render a view or JSON, see the README).
	 */
	public QueryAssert noUnusedEagerLoading() {
		List<Finding> found = this.queries.unusedEagerLoads();
		return check(found.isEmpty(), "Expected no unused eager loading, found " + found.size() + ": "
				+ String.join("; ", found.stream().map(ReportFormatter::describe).toList()));
	}

	/** Asserts that an association was fetched eagerly and never read by the response. */
	public QueryAssert hasUnusedEagerLoading() {
		return check(!this.queries.unusedEagerLoads().isEmpty(), "Expected unused eager loading, found none");
	}

	/**
	 * Asserts that the block runs as many statements when the data grows, like Ruby's
	 * {@code n_plus_one_control}: runs it again at scale factors 2 and 3, calling the
	 * populator with each first, and fails when the count grew, naming each shape that grew,
	 * by how much per item, its call site and its {@code Entity.association} where known.
	 * The run made by {@code assertQueries} itself warms caches up and is not compared.
	 * @param populator makes the data hold n items (delete, then create n)
	 * @return this
	 */
	public QueryAssert doesNotGrowWith(Populator populator) {
		return doesNotGrowWith(populator, ScaleRuns.DEFAULT_SCALES);
	}

	/**
	 * Asserts that the block runs as many statements at each of the given scale factors.
	 * @param populator makes the data hold n items (delete, then create n)
	 * @param scales at least two increasing scale factors
	 * @return this
	 * @see #doesNotGrowWith(Populator)
	 */
	public QueryAssert doesNotGrowWith(Populator populator, int... scales) {
		if (this.block == null) {
			throw new IllegalStateException("doesNotGrowWith needs a block to run again: use assertQueries(() -> …)");
		}
		new ScaleRuns(this.tracker, N1TestContext.applicationContext(), this.subject, scales).check(populator,
				this.block, this.block);
		return this;
	}

	private QueryAssert check(boolean holds, String expectation) {
		if (!holds) {
			StringBuilder message = new StringBuilder(expectation).append(" in ").append(this.subject).append(", got ")
				.append(this.queries.describe());
			if (this.hint != null) {
				message.append("\n").append(this.hint);
			}
			throw new AssertionError(message.toString());
		}
		return this;
	}

}
