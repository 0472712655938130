package dev.n1query.actuate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.n1query.core.Finding;
import dev.n1query.core.GroupKey;
import dev.n1query.core.Hotspots;
import dev.n1query.core.RecordedStatement;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementGroupSummary;
import dev.n1query.core.ValueMasking;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code queries} actuator endpoint: recent requests and jobs with their statement
 * counts and findings, one of them with its statements, and the places where findings
 * keep happening.
 */
@Endpoint(id = "queries")
public class QueriesEndpoint {

	static final String MASK = ValueMasking.MASK;

	private final ReportHistory history;

	private final Hotspots hotspots;

	private final Show showParameters;

	private final Set<String> roles;

	/**
	 * Creates the endpoint.
	 * @param history the recent reports
	 * @param hotspots the aggregate of findings
	 * @param showParameters when parameter values are shown
	 * @param roles the roles that may see them when {@code WHEN_AUTHORIZED}
	 */
	public QueriesEndpoint(ReportHistory history, Hotspots hotspots, Show showParameters, Set<String> roles) {
		this.history = history;
		this.hotspots = hotspots;
		this.showParameters = showParameters;
		this.roles = Set.copyOf(roles);
	}

	/**
	 * Recent requests and jobs, newest first, and the hotspots.
	 * @param findings when true, only those with an N+1 or a duplicate
	 * @param route only requests whose route template matches ({@code *} and {@code **}
	 * allowed), or jobs of that name
	 * @param limit at most this many
	 * @return the descriptor
	 */
	@ReadOperation
	@SuppressWarnings("deprecation") // Spring's @Nullable, deprecated in Spring 7: Boot 3.5 reads only that one.
	public QueriesDescriptor queries(@Nullable @org.springframework.lang.Nullable Boolean findings,
			@Nullable @org.springframework.lang.Nullable String route,
			@Nullable @org.springframework.lang.Nullable Integer limit) {
		Stream<ScopeReport> reports = this.history.recent().stream();
		if (Boolean.TRUE.equals(findings)) {
			reports = reports.filter(ScopeReport::hasFindings);
		}
		if (route != null && !route.isBlank()) {
			reports = reports.filter((report) -> Safelist.matches(route, routeOf(report)));
		}
		if (limit != null) {
			reports = reports.limit(Math.max(0, limit));
		}
		List<RequestDescriptor> requests = reports.map(QueriesEndpoint::describe).toList();
		List<HotspotDescriptor> ranked = this.hotspots.ranked().stream().map(HotspotDescriptor::of).toList();
		return new QueriesDescriptor(requests, ranked);
	}

	/**
	 * One request or job with its statements in order.
	 * @param securityContext who asks, for {@code when-authorized} parameter values
	 * @param id the request's {@code X-N1-Request-Id}
	 * @return the descriptor, or {@code null} (404) when unknown or evicted
	 */
	@ReadOperation
	public @Nullable RequestDetailDescriptor request(SecurityContext securityContext, @Selector String id) {
		boolean showValues = this.showParameters.isShown(securityContext, this.roles);
		return this.history.find(id).map((report) -> describeDetail(report, showValues)).orElse(null);
	}

	/** Forgets the history and the hotspots. */
	@DeleteOperation
	public void clear() {
		this.history.clear();
		this.hotspots.clear();
	}

	private static String routeOf(ScopeReport report) {
		return (report.uri() != null) ? report.uri() : report.name();
	}

	static RequestDescriptor describe(ScopeReport report) {
		return new RequestDescriptor(report.id(), kind(report), report.name(), report.method(), report.uri(),
				(report.status() != 0) ? report.status() : null, report.startedAt(), millis(report.durationNanos()),
				report.queryCount(), millis(report.queryTimeNanos()), queryTypes(report), report.analysed(),
				report.duplicates().stream().map(DuplicateDescriptor::of).toList(),
				report.nPlusOne().stream().map(NPlusOneDescriptor::of).toList(),
				report.unusedEagerLoads().stream().map(UnusedEagerLoadDescriptor::of).toList());
	}

	private static RequestDetailDescriptor describeDetail(ScopeReport report, boolean showValues) {
		List<StatementGroupSummary> groups = report.groups();
		Map<GroupKey, Integer> groupIndex = new HashMap<>();
		for (int i = 0; i < groups.size(); i++) {
			groupIndex.put(GroupKey.of(groups.get(i)), i);
		}
		List<GroupDescriptor> groupDescriptors = new java.util.ArrayList<>(groups.size());
		for (int i = 0; i < groups.size(); i++) {
			groupDescriptors.add(GroupDescriptor.of(i, groups.get(i)));
		}
		List<StatementDescriptor> statements = report.statements()
			.stream()
			.map((statement) -> StatementDescriptor.of(statement, showValues,
					groupIndex.getOrDefault(GroupKey.of(statement), -1)))
			.toList();
		RequestDescriptor summary = describe(report);
		return new RequestDetailDescriptor(summary.id(), summary.kind(), summary.name(), summary.method(),
				summary.uri(), report.path(), summary.status(), summary.startedAt(), summary.durationMs(),
				summary.queryCount(), summary.queryTimeMs(), summary.queryTypes(), summary.analysed(), report.failedCount(),
				report.droppedStatements(), summary.duplicates(), summary.nPlusOne(), summary.unusedEagerLoads(),
				groupDescriptors, statements);
	}

	private static String kind(ScopeReport report) {
		return report.kind().name().toLowerCase(Locale.ROOT);
	}

	private static Map<String, Integer> queryTypes(ScopeReport report) {
		Map<String, Integer> types = new java.util.LinkedHashMap<>();
		report.countsByType().entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> types.put(entry.getKey().tagValue(), entry.getValue()));
		return types;
	}

	static double millis(long nanos) {
		return Math.round(nanos / 1_000.0) / 1_000.0;
	}

	/**
	 * Recent requests and jobs, and the hotspots.
	 *
	 * @param requests newest first
	 * @param hotspots most findings first
	 */
	public record QueriesDescriptor(List<RequestDescriptor> requests, List<HotspotDescriptor> hotspots)
			implements OperationResponseBody {
	}

	/**
	 * One request or job.
	 *
	 * @param id its id ({@code X-N1-Request-Id})
	 * @param kind {@code request} or {@code job}
	 * @param name {@code GET /customers/{id}}, or the job's name
	 * @param method the HTTP method, {@code null} for a job
	 * @param uri the route template, {@code null} for a job
	 * @param status the HTTP status, {@code null} for a job
	 * @param startedAt when it started
	 * @param durationMs how long it took
	 * @param queryCount statements executed
	 * @param queryTimeMs time spent in them
	 * @param queryTypes statements per kind: select, insert, update, delete, other
	 * @param analysed whether it was analysed ({@code false}: left out by
	 * {@code n1.detection.sample-rate}, counted only, no findings)
	 * @param duplicates the exact-duplicate findings
	 * @param nPlusOne the N+1 findings
	 * @param unusedEagerLoads associations fetched eagerly that the response never read
	 */
	public record RequestDescriptor(String id, String kind, String name, @Nullable String method, @Nullable String uri,
			@Nullable Integer status, java.time.Instant startedAt, double durationMs, int queryCount, double queryTimeMs,
			Map<String, Integer> queryTypes, boolean analysed, List<DuplicateDescriptor> duplicates,
			List<NPlusOneDescriptor> nPlusOne, List<UnusedEagerLoadDescriptor> unusedEagerLoads) {
	}

	/**
	 * One request or job with its statements: the fields of {@link RequestDescriptor} and
	 * the following.
	 *
	 * @param id its id
	 * @param kind {@code request} or {@code job}
	 * @param name its name
	 * @param method the HTTP method
	 * @param uri the route template
	 * @param path the path as received, {@code null} for a job
	 * @param status the HTTP status
	 * @param startedAt when it started
	 * @param durationMs how long it took
	 * @param queryCount statements executed
	 * @param queryTimeMs time spent in them
	 * @param queryTypes statements per kind
	 * @param analysed whether it was analysed (see {@link RequestDescriptor})
	 * @param failedCount statements that failed
	 * @param droppedStatements statements counted but not stored (over the cap)
	 * @param duplicates the exact-duplicate findings
	 * @param nPlusOne the N+1 findings
	 * @param unusedEagerLoads associations fetched eagerly that the response never read
	 * @param groups statements grouped by fingerprint and call site, N+1 first
	 * @param statements the stored statements, in order
	 */
	public record RequestDetailDescriptor(String id, String kind, String name, @Nullable String method,
			@Nullable String uri, @Nullable String path, @Nullable Integer status, java.time.Instant startedAt,
			double durationMs, int queryCount, double queryTimeMs, Map<String, Integer> queryTypes, boolean analysed,
			int failedCount,
			int droppedStatements, List<DuplicateDescriptor> duplicates, List<NPlusOneDescriptor> nPlusOne,
			List<UnusedEagerLoadDescriptor> unusedEagerLoads, List<GroupDescriptor> groups, List<StatementDescriptor> statements) implements OperationResponseBody {
	}

	/**
	 * An N+1.
	 *
	 * @param sql the fingerprint
	 * @param type select, insert, update, delete or other
	 * @param count executions from the call site
	 * @param callSite where they came from
	 * @param callChain the application frames that led there, innermost first (the call
	 * site, then up to two callers)
	 * @param entity the entity, where known
	 * @param association the association, where known
	 * @param suggestion the fix
	 * @param timeMs time spent in them
	 * @param members for a loop of several statements per item, each statement's N+1, in
	 * loop order; empty otherwise
	 */
	public record NPlusOneDescriptor(String sql, String type, int count, String callSite, List<String> callChain,
			@Nullable String entity, @Nullable String association, @Nullable String suggestion, double timeMs,
			List<NPlusOneDescriptor> members) {

		static NPlusOneDescriptor of(Finding finding) {
			return new NPlusOneDescriptor(finding.fingerprint(), finding.type().tagValue(), finding.count(),
					finding.callSite().toString(), finding.callSite().chain(), finding.entity(), finding.association(),
					finding.suggestion(), millis(finding.totalNanos()),
					finding.members().stream().map(NPlusOneDescriptor::of).toList());
		}

	}

	/**
	 * Exact duplicates.
	 *
	 * @param sql the fingerprint
	 * @param count executions that repeated an identical statement, the first included
	 * @param callSites where they came from
	 * @param suggestion the fix
	 */
	public record DuplicateDescriptor(String sql, int count, List<String> callSites, @Nullable String suggestion) {

		static DuplicateDescriptor of(Finding finding) {
			return new DuplicateDescriptor(finding.fingerprint(), finding.count(),
					finding.callSites().stream().map(Object::toString).toList(), finding.suggestion());
		}

	}

	/**
	 * An association fetched eagerly that the response never read.
	 *
	 * @param entity the owning entity
	 * @param association the association
	 * @param kind {@code one-to-many}, {@code many-to-one} …
	 * @param count how many times it came loaded: once per owner, or per statement for an
	 * EAGER mapping loaded by its own select
	 * @param sql the fingerprint of the statement that fetched it
	 * @param callSite where that statement came from
	 * @param loadedBy the repository method that loaded the owners, where known
	 * @param suggestion the fix
	 */
	public record UnusedEagerLoadDescriptor(String entity, String association, String kind, int count, String sql,
			String callSite, @Nullable String loadedBy, String suggestion) {

		static UnusedEagerLoadDescriptor of(Finding finding) {
			return new UnusedEagerLoadDescriptor(finding.entity(), finding.association(), finding.associationKind(),
					finding.count(), finding.fingerprint(), finding.callSite().toString(), finding.loadedBy(),
					finding.suggestion());
		}

	}

	/**
	 * Statements of one fingerprint from one call site.
	 *
	 * @param index the group's position, referenced by statements
	 * @param sql the fingerprint
	 * @param type select, insert, update, delete or other
	 * @param callSite where they came from
	 * @param callChain the application frames that led there, innermost first
	 * @param count executions
	 * @param totalMs time spent in them
	 * @param maxMs the slowest
	 * @param nPlusOne whether the group is an N+1
	 * @param batched whether it is a batched load or JDBC batch
	 */
	public record GroupDescriptor(int index, String sql, String type, String callSite, List<String> callChain,
			int count, double totalMs, double maxMs, boolean nPlusOne, boolean batched) {

		static GroupDescriptor of(int index, StatementGroupSummary group) {
			return new GroupDescriptor(index, group.fingerprint(), group.type().tagValue(), group.callSite().toString(),
					group.callSite().chain(), group.count(), millis(group.totalNanos()), millis(group.maxNanos()), group.nPlusOne(),
					group.isBatched());
		}

	}

	/**
	 * One statement.
	 *
	 * @param index its position in the request
	 * @param sql the SQL text, its literals masked unless values are shown
	 * @param parameters the values, masked unless shown
	 * @param durationMs how long it took
	 * @param batchSize rows in a JDBC batch, 0 when not batched
	 * @param rows rows affected where known
	 * @param success whether it completed
	 * @param error the failure's message, the values it quotes masked unless values are
	 * shown
	 * @param dataSource the DataSource bean it ran on
	 * @param callSite where it came from
	 * @param group the index of its group, -1 when not grouped
	 */
	public record StatementDescriptor(int index, String sql, List<String> parameters, double durationMs, int batchSize,
			@Nullable Integer rows, boolean success, @Nullable String error, String dataSource, String callSite,
			int group) {

		static StatementDescriptor of(RecordedStatement statement, boolean showValues, int group) {
			List<String> parameters = showValues ? statement.parameters()
					: statement.parameters().stream().map((value) -> MASK).toList();
			// String-built SQL carries its values as literals, and errors may quote them.
			String sql = showValues ? statement.sql() : ValueMasking.sql(statement.sql());
			String error = showValues ? statement.error() : ValueMasking.errorMessage(statement.error());
			return new StatementDescriptor(statement.index(), sql, parameters,
					millis(statement.durationNanos()), statement.batchSize(),
					(statement.rows() >= 0) ? statement.rows() : null, statement.success(), error,
					statement.dataSourceName(), statement.callSite().toString(), group);
		}

	}

	/**
	 * A place where findings keep happening.
	 *
	 * @param kind {@code n_plus_one} or {@code duplicate}
	 * @param method the HTTP method, {@code null} for a job
	 * @param uri the route template, or the job's name
	 * @param sql the fingerprint
	 * @param callSite where the statements came from
	 * @param requestsSeen requests (or job runs) that ran this statement group
	 * @param requestsWithFinding of those, the ones where it was reported
	 * @param worstCount the most executions in one request
	 * @param lastSeen when it was last seen
	 */
	public record HotspotDescriptor(String kind, @Nullable String method, String uri, String sql, String callSite,
			long requestsSeen, long requestsWithFinding, int worstCount, java.time.Instant lastSeen) {

		static HotspotDescriptor of(Hotspots.Hotspot hotspot) {
			return new HotspotDescriptor(hotspot.kind().name().toLowerCase(Locale.ROOT), hotspot.method(), hotspot.uri(),
					hotspot.sql(), hotspot.callSite(), hotspot.scopesSeen(), hotspot.scopesWithFinding(),
					hotspot.worstCount(), hotspot.lastSeen());
		}

	}

}
