package dev.n1query.core;

/**
 * The statements of one fingerprint and call site in a scope, as shown in reports.
 *
 * @param fingerprint the statements' fingerprint
 * @param type the kind of statement
 * @param callSite where they came from
 * @param count how many executions
 * @param totalNanos time spent in all of them
 * @param maxNanos the slowest one
 * @param firstIndex the index of the first of them in the scope
 * @param inListSize the longest {@code IN} list among them when its content varied between executions
 * (more than one: a batched load); 0 when none did (a constant list is a filter, part of the shape)
 * @param batchSize the largest JDBC batch among them (more than one: batched writes)
 * @param nPlusOne whether this group is reported as an N+1
 * @param stack the stack of one of them, outermost application frames included, when
 * stacks are captured (the development panel), else empty
 */
public record StatementGroupSummary(String fingerprint, StatementType type, CallSite callSite, int count,
		long totalNanos, long maxNanos, int firstIndex, int inListSize, int batchSize, boolean nPlusOne,
		java.util.List<String> stack) {

	/** Whether these are batched loads or writes ({@code IN} lists, JDBC batches): the cure for an N+1. */
	public boolean isBatched() {
		return this.inListSize > 1 || this.batchSize > 1;
	}

}
