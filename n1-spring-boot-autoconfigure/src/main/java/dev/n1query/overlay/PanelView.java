package dev.n1query.overlay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.n1query.core.Finding;
import dev.n1query.core.GroupKey;
import dev.n1query.core.RecordedStatement;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementGroupSummary;

/**
 * What the panel template shows for one request: its totals, its findings, and its
 * statements grouped by fingerprint and call site, N+1 and duplicate groups first. SQL
 * is shortened for display; every text is escaped by the template.
 *
 * @param id the request's id
 * @param name {@code GET /customers}
 * @param queryCount statements executed
 * @param queryTime time in them, formatted
 * @param duration the request's duration, formatted
 * @param droppedStatements statements counted but not stored
 * @param findings one line per finding
 * @param groups the groups
 */
public record PanelView(String id, String name, int queryCount, String queryTime, String duration,
		int droppedStatements, List<FindingView> findings, List<GroupView> groups) {

	/**
	 * A finding.
	 *
	 * @param kind {@code N+1}, {@code duplicate} or {@code unused eager}
	 * @param count executions; for an unused eager load, how many times it came loaded
	 * @param sql the fingerprint, shortened
	 * @param callSite where from; for one call site, the application frames that led
	 * there, innermost first, joined by {@code ←}
	 * @param entity the entity and association, where known
	 * @param suggestion the fix
	 */
	public record FindingView(String kind, int count, String sql, String callSite, String entity, String suggestion) {
	}

	/**
	 * A group of statements.
	 *
	 * @param marker {@code N+1}, {@code duplicate}, {@code batched} or empty
	 * @param cssClass the row's class
	 * @param sql the fingerprint, shortened
	 * @param type select, insert …
	 * @param callSite where from
	 * @param count executions
	 * @param totalTime time in them, formatted
	 * @param maxTime the slowest, formatted
	 * @param stack the stack of one execution, may be empty
	 * @param statements the stored statements of the group
	 */
	public record GroupView(String marker, String cssClass, String sql, String type, String callSite, int count,
			String totalTime, String maxTime, List<String> stack, List<StatementView> statements) {

		/** The stack, one frame per line; empty when not captured. */
		public String stackText() {
			return String.join("\n", this.stack);
		}

	}

	/**
	 * A statement.
	 *
	 * @param index its position in the request
	 * @param sql its SQL, shortened
	 * @param parameters its values, rendered
	 * @param duration how long it took, formatted
	 * @param batchSize rows in its JDBC batch
	 * @param error the failure, or {@code null}
	 * @param explainToken a single-use EXPLAIN token, or {@code null}
	 */
	public record StatementView(int index, String sql, List<String> parameters, String duration, int batchSize,
			String error, String explainToken) {

		/** The values, comma-separated; empty when none. */
		public String parametersText() {
			return String.join(", ", this.parameters);
		}

	}

	static PanelView of(ScopeReport report, ExplainService explain) {
		Set<String> duplicated = new HashSet<>();
		for (Finding duplicate : report.duplicates()) {
			duplicated.add(duplicate.fingerprint());
		}
		Map<GroupKey, List<RecordedStatement>> statementsByGroup = new HashMap<>();
		for (RecordedStatement statement : report.statements()) {
			statementsByGroup.computeIfAbsent(GroupKey.of(statement),
					(k) -> new ArrayList<>())
				.add(statement);
		}
		List<StatementGroupSummary> sorted = new ArrayList<>(report.groups());
		sorted.sort(Comparator.comparingInt((StatementGroupSummary g) -> rank(g, duplicated))
			.thenComparing(StatementGroupSummary::count, Comparator.reverseOrder())
			.thenComparingInt(StatementGroupSummary::firstIndex));
		List<GroupView> groups = new ArrayList<>(sorted.size());
		for (StatementGroupSummary group : sorted) {
			List<StatementView> statements = new ArrayList<>();
			for (RecordedStatement statement : statementsByGroup
				.getOrDefault(GroupKey.of(group), List.of())) {
				statements.add(new StatementView(statement.index(), SqlForDisplay.shorten(statement.sql()),
						statement.parameters(), millis(statement.durationNanos()), statement.batchSize(),
						statement.error(), ExplainService.isExplainable(statement) ? explain.issue(report, statement) : null));
			}
			int rank = rank(group, duplicated);
			String marker = switch (rank) {
				case 0 -> "N+1";
				case 1 -> "duplicate";
				case 2 -> "batched";
				default -> "";
			};
			groups.add(new GroupView(marker, "n1-group n1-rank-" + rank, SqlForDisplay.shorten(group.fingerprint()),
					group.type().tagValue(), group.callSite().toString(), group.count(), millis(group.totalNanos()),
					millis(group.maxNanos()), group.stack(), statements));
		}
		List<FindingView> findings = new ArrayList<>();
		for (Finding finding : report.nPlusOne()) {
			findings.add(findingView("N+1", finding));
		}
		for (Finding finding : report.duplicates()) {
			findings.add(findingView("duplicate", finding));
		}
		for (Finding finding : report.unusedEagerLoads()) {
			findings.add(findingView("unused eager", finding));
		}
		return new PanelView(report.id(), report.name(), report.queryCount(), millis(report.queryTimeNanos()),
				millis(report.durationNanos()), report.droppedStatements(), findings, groups);
	}

	private static FindingView findingView(String kind, Finding finding) {
		String entity = (finding.entity() != null && finding.association() != null)
				? finding.entity() + "." + finding.association() : null;
		// One call site (an N+1) shows the application frames that led to it, innermost first.
		String callSites = (finding.callSites().size() == 1) ? String.join(" ← ", finding.callSite().chain())
				: String.join(", ", finding.callSites().stream().map(Object::toString).toList());
		return new FindingView(kind, finding.count(), SqlForDisplay.shorten(finding.fingerprint()), callSites, entity,
				finding.suggestion());
	}

	private static int rank(StatementGroupSummary group, Set<String> duplicated) {
		if (group.nPlusOne()) {
			return 0;
		}
		if (duplicated.contains(group.fingerprint())) {
			return 1;
		}
		if (group.isBatched()) {
			return 2;
		}
		return 3;
	}

	static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.2f ms", nanos / 1_000_000.0);
	}

}
