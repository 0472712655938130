package dev.n1query.core;

import java.util.List;

/**
 * One problem found in a scope.
 *
 * @param kind N+1 or exact duplicate
 * @param type the kind of statement
 * @param fingerprint the statement's fingerprint
 * @param exampleSql the SQL text of one of the executions (cut when huge)
 * @param count for an N+1, the executions from that call site; for a duplicate, the
 * executions that repeated an earlier identical one, the first included; for an unused
 * eager load, how many times it came loaded (once per owner, or per statement for an EAGER
 * mapping loaded by its own select)
 * @param callSites where the executions came from (one for an N+1)
 * @param totalNanos time spent in those executions, where known
 * @param entity the entity whose association was loaded, where known
 * @param association the association that was loaded, where known
 * @param suggestion how to remove the problem
 * @param associationKind {@code one-to-many}, {@code many-to-one} … where known
 * @param members for a loop that repeats several statements per item (A B C A B C …, an
 * "MN+1"), the N+1 of each statement, in loop order; empty otherwise
 * @param loadedBy the repository method that loaded the owning entities, where known
 * @param fetchPlan for an N+1 on an association whose owners trace back to one query, every
 * association the scope loaded lazily from that query's rows; {@code null} otherwise
 * @param note what else is worth knowing, such as {@code 4 loads of 2 distinct rows} for an
 * N+1 that loaded some rows more than once, or {@code null}
 */
public record Finding(FindingKind kind, StatementType type, String fingerprint, String exampleSql, int count,
		List<CallSite> callSites, long totalNanos, String entity, String association, String suggestion,
		String associationKind, List<Finding> members, String loadedBy, FetchPlan fetchPlan, String note) {

	/**
	 * A finding without a fetch plan or note.
	 * @param kind the kind
	 * @param type the kind of statement
	 * @param fingerprint the fingerprint
	 * @param exampleSql one execution's SQL
	 * @param count the count
	 * @param callSites the call sites
	 * @param totalNanos the time spent
	 * @param entity the entity, where known
	 * @param association the association, where known
	 * @param suggestion the fix
	 * @param associationKind the association's kind, where known
	 * @param members the members of a loop
	 * @param loadedBy the repository method, where known
	 */
	public Finding(FindingKind kind, StatementType type, String fingerprint, String exampleSql, int count,
			List<CallSite> callSites, long totalNanos, String entity, String association, String suggestion,
			String associationKind, List<Finding> members, String loadedBy) {
		this(kind, type, fingerprint, exampleSql, count, callSites, totalNanos, entity, association, suggestion,
				associationKind, members, loadedBy, null, null);
	}

	/** Whether this finding is a loop of several statements per item. */
	public boolean isLoop() {
		return !this.members.isEmpty();
	}

	/** The first (for an N+1, the only) call site. */
	public CallSite callSite() {
		return this.callSites.isEmpty() ? CallSite.UNKNOWN : this.callSites.get(0);
	}

	/**
	 * Returns a copy that names the entity and association and gives a suggestion.
	 * @param entity the entity's simple name
	 * @param association the association's attribute name
	 * @param suggestion the fix
	 * @return the enriched finding
	 */
	public Finding withAttribution(String entity, String association, String suggestion) {
		return new Finding(this.kind, this.type, this.fingerprint, this.exampleSql, this.count, this.callSites,
				this.totalNanos, entity, association, suggestion, this.associationKind, this.members, this.loadedBy,
				this.fetchPlan, this.note);
	}

}
