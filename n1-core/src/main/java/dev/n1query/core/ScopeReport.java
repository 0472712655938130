package dev.n1query.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one scope saw, analysed: an immutable value handed to every
 * {@link ScopeReportListener} when the scope closes.
 *
 * @param id the scope's opaque id (the {@code X-N1-Request-Id} of a request)
 * @param kind request or job
 * @param name the scope's name: for a request, the method and the path as received with
 * the route template beside it ({@code GET /shop/customers/7 (/customers/{id})}); for a
 * job, its name
 * @param method the HTTP method, {@code null} for a job
 * @param uri the route template ({@code /customers/{id}}), {@code null} for a job
 * @param path the request path as received, {@code null} for a job
 * @param status the HTTP status, 0 for a job
 * @param startedAt when the scope opened
 * @param durationNanos how long it was open
 * @param queryCount every statement executed in the scope (exact, also past the storage cap)
 * @param queryTimeNanos time spent in those statements
 * @param countsByType the statement count per kind
 * @param failedCount statements that failed
 * @param statements the stored statements, in order (at most the configured cap)
 * @param groups statements grouped by fingerprint and call site, N+1 first, then by count
 * @param nPlusOne the N+1 findings
 * @param duplicates the exact-duplicate findings
 * @param batchedLoads groups of batched loads and writes ({@code IN} lists, JDBC batches):
 * informational
 * @param unusedEagerLoads associations fetched eagerly (fetch join, entity graph, EAGER
 * mapping) that the response never read
 * @param analysed whether the scope was analysed: {@code false} for a request the sample
 * rate left out, which has its counts but no statements, groups or findings
 */
public record ScopeReport(String id, ScopeKind kind, String name, String method, String uri, String path, int status,
		Instant startedAt, long durationNanos, int queryCount, long queryTimeNanos,
		Map<StatementType, Integer> countsByType, int failedCount, List<RecordedStatement> statements,
		List<StatementGroupSummary> groups, List<Finding> nPlusOne, List<Finding> duplicates,
		List<StatementGroupSummary> batchedLoads, List<Finding> unusedEagerLoads, boolean analysed) {

	/** Whether any N+1 was found. */
	public boolean hasNPlusOne() {
		return !this.nPlusOne.isEmpty();
	}

	/** Whether any N+1, exact duplicate or unused eager load was found. */
	public boolean hasFindings() {
		return !this.nPlusOne.isEmpty() || !this.duplicates.isEmpty() || !this.unusedEagerLoads.isEmpty();
	}

	/** Statements counted but not stored, because the scope reached its storage cap. */
	public int droppedStatements() {
		return this.analysed ? this.queryCount - this.statements.size() : 0;
	}

	/**
	 * The number of statements of the given kind.
	 * @param type the kind
	 * @return how many ran
	 */
	public int count(StatementType type) {
		return this.countsByType.getOrDefault(type, 0);
	}

}
