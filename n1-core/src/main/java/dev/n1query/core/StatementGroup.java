package dev.n1query.core;

/**
 * Executions of one fingerprint from one call site within a scope: the unit in which an
 * N+1 is recognised. Guarded by its scope's lock.
 */
final class StatementGroup {

	final Fingerprint fingerprint;

	final CallSite callSite;

	final String exampleSql;

	final int firstIndex;

	int count;

	long totalNanos;

	long maxNanos;

	int maxInListSize;

	int maxBatchSize;

	/** The first execution: any other one that differs from it makes the parameters differ. */
	private final ExactStatement first;

	boolean differingParameters;

	private long firstInListKey;

	/** Whether the content of the {@code IN} lists changed between executions (a batch, not a filter). */
	boolean inListVaried;

	/** The association whose lazy loading issued these statements, where an ORM said so. */
	AssociationLoad association;

	/** Whether an ORM integration was already offered to attribute it after the fact. */
	boolean attributionOffered;

	/** The stack of one execution, when stacks are captured (the development panel). */
	java.util.List<String> stack;

	StatementGroup(Fingerprint fingerprint, CallSite callSite, int firstIndex, ExactStatement first) {
		this.fingerprint = fingerprint;
		this.callSite = callSite;
		this.exampleSql = first.sql;
		this.firstIndex = firstIndex;
		this.first = first;
	}

	void add(long durationNanos, String sql, java.util.List<Object> values, long hash, int inListSize, long inListKey,
			int batchSize) {
		if (this.count == 0) {
			this.firstInListKey = inListKey;
		}
		else if (inListKey != this.firstInListKey || inListSize != this.maxInListSize) {
			this.inListVaried = true;
		}
		this.count++;
		this.maxBatchSize = Math.max(this.maxBatchSize, batchSize);
		this.totalNanos += durationNanos;
		this.maxNanos = Math.max(this.maxNanos, durationNanos);
		this.maxInListSize = Math.max(this.maxInListSize, inListSize);
		if (!this.differingParameters && !this.first.matches(sql, values, hash)) {
			this.differingParameters = true; // compared by value: equal hashes prove nothing
		}
	}

	/**
	 * JDBC batches and multi-key IN lists are the cure for an N+1, never one. An IN list is a
	 * batch when its values (or their number) change between executions; an IN list that stays
	 * the same ({@code status in ('OPEN','PAID')}) is a filter, part of the shape.
	 */
	boolean isBatched() {
		return this.maxBatchSize > 1 || (this.maxInListSize > 1 && (this.count == 1 || this.inListVaried));
	}

	/** Whether an ORM said these statements lazily loaded one association of owners from one query. */
	boolean isAssociationLoadOfOneQuery() {
		return this.association != null && this.association.association() != null && this.association.root() != null;
	}

}
