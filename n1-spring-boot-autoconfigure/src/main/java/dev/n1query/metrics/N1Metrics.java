package dev.n1query.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;
import dev.n1query.core.StatementObserver;
import dev.n1query.core.StatementType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes what N1 measures as Micrometer meters, all named {@code n1.*} so one
 * {@code MeterFilter} can deny them. Tag values come from bounded sets only: route
 * templates, HTTP methods and statuses, statement kinds, DataSource bean names and job
 * names chosen in code; never SQL, ids or raw URLs.
 * <ul>
 * <li>{@code n1.request.queries}: statements per request (distribution; method, uri, status)</li>
 * <li>{@code n1.request.query.time}: database time per request (timer; method, uri, status)</li>
 * <li>{@code n1.nplusone.detections}, {@code n1.duplicates.detections}: findings (counters; method, uri)</li>
 * <li>{@code n1.job.queries}, {@code n1.job.nplusone.detections}: the same for jobs (job.name)</li>
 * <li>{@code n1.queries}: statements (counter; type, datasource), in a scope or not</li>
 * </ul>
 */
public class N1Metrics implements ScopeReportListener, StatementObserver {

	private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
			"TRACE");

	private final MeterRegistry registry;

	private final boolean percentileHistogram;

	/** Routes whose request meters are kept at hand; further ones look their meters up per request. */
	static final int MAX_ROUTES_AT_HAND = 1_000;

	private final ConcurrentMap<String, Counter[]> statementCounters = new ConcurrentHashMap<>();

	// Building and registering a route's four meters for every request took about 1 % of the
	// CPU of a fixed page (benchmarks/cpu-share.sh): each route's are looked up once.
	private final ConcurrentMap<Route, RouteMeters> routeMeters = new ConcurrentHashMap<>();

	// Meters removed from the registry so far: meters built across a removal are not kept.
	private final AtomicInteger removals = new AtomicInteger();

	/**
	 * Creates the meters' publisher.
	 * @param registry where meters are registered
	 * @param percentileHistogram whether {@code n1.request.queries} and
	 * {@code n1.request.query.time} publish histogram buckets (for percentiles across
	 * instances, e.g. {@code histogram_quantile} in Prometheus)
	 */
	public N1Metrics(MeterRegistry registry, boolean percentileHistogram) {
		this.registry = registry;
		this.percentileHistogram = percentileHistogram;
		// A meter removed from the registry (registry.clear() in a test, say) is registered anew
		// by the next request, as without the meters kept at hand.
		registry.config().onMeterRemoved((meter) -> {
			this.removals.incrementAndGet();
			this.statementCounters.clear();
			this.routeMeters.clear();
		});
	}

	@Override
	public void onStatement(StatementType type, String dataSourceName) {
		String dataSource = (dataSourceName != null && !dataSourceName.isEmpty()) ? dataSourceName : "unknown";
		Counter[] counters = this.statementCounters.get(dataSource);
		if (counters == null) {
			counters = this.statementCounters.computeIfAbsent(dataSource, this::statementCounters);
		}
		counters[type.ordinal()].increment();
	}

	private Counter[] statementCounters(String dataSource) {
		Counter[] counters = new Counter[StatementType.values().length];
		for (StatementType type : StatementType.values()) {
			counters[type.ordinal()] = Counter.builder("n1.queries")
				.description("SQL statements executed, by kind and DataSource")
				.tags("type", type.tagValue(), "datasource", dataSource)
				.register(this.registry);
		}
		return counters;
	}

	@Override
	public void onReport(ScopeReport report) {
		if (report.kind() == ScopeKind.JOB) {
			recordJob(report);
			return;
		}
		Route route = new Route(method(report.method()), (report.uri() != null) ? report.uri() : "UNKNOWN",
				report.status());
		RouteMeters meters = this.routeMeters.get(route);
		if (meters == null) {
			int removalsBefore = this.removals.get();
			meters = routeMeters(route);
			if (this.routeMeters.size() < MAX_ROUTES_AT_HAND && this.routeMeters.putIfAbsent(route, meters) == null
					&& this.removals.get() != removalsBefore) {
				this.routeMeters.remove(route, meters); // perhaps built before the removal
			}
		}
		meters.queries().record(report.queryCount());
		meters.queryTime().record(report.queryTimeNanos(), TimeUnit.NANOSECONDS);
		if (report.hasFindings()) {
			meters.nPlusOne().increment(report.nPlusOne().size());
			meters.duplicates().increment(report.duplicates().size());
		}
	}

	private RouteMeters routeMeters(Route key) {
		Tags route = Tags.of("method", key.method(), "uri", key.uri());
		Tags routeAndStatus = route.and("status", Integer.toString(key.status()));
		return new RouteMeters(DistributionSummary.builder("n1.request.queries")
			.description("SQL statements per HTTP request")
			.tags(routeAndStatus)
			.publishPercentileHistogram(this.percentileHistogram)
			.minimumExpectedValue(1.0)
			.maximumExpectedValue(10_000.0)
			.register(this.registry),
				Timer.builder("n1.request.query.time")
					.description("Time spent in SQL statements per HTTP request")
					.tags(routeAndStatus)
					.publishPercentileHistogram(this.percentileHistogram)
					.register(this.registry),
				Counter.builder("n1.nplusone.detections")
					.description("N+1 query patterns found in HTTP requests")
					.tags(route)
					.register(this.registry),
				Counter.builder("n1.duplicates.detections")
					.description("Exact duplicate statements found in HTTP requests")
					.tags(route)
					.register(this.registry));
	}

	private void recordJob(ScopeReport report) {
		// "job" is a label Prometheus sets itself: use job.name (job_name).
		Tags job = Tags.of("job.name", report.name());
		DistributionSummary.builder("n1.job.queries")
			.description("SQL statements per job run")
			.tags(job)
			.register(this.registry)
			.record(report.queryCount());
		Counter.builder("n1.job.nplusone.detections")
			.description("N+1 query patterns found in job runs")
			.tags(job)
			.register(this.registry)
			.increment(report.nPlusOne().size());
	}

	private static String method(String method) {
		return (method != null && KNOWN_METHODS.contains(method)) ? method : "UNKNOWN";
	}

	// Looked up on every request: equals and hashCode written out, the strings compared by
	// identity first (a route template is the same instance from one request to the next).
	private static final class Route {

		private final String method;

		private final String uri;

		private final int status;

		private final int hash;

		Route(String method, String uri, int status) {
			this.method = method;
			this.uri = uri;
			this.status = status;
			this.hash = (method.hashCode() * 31 + uri.hashCode()) * 31 + status;
		}

		String method() {
			return this.method;
		}

		String uri() {
			return this.uri;
		}

		int status() {
			return this.status;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Route route && this.hash == route.hash && this.status == route.status
					&& sameText(this.uri, route.uri) && sameText(this.method, route.method);
		}

		private static boolean sameText(String one, String two) {
			return one == two || one.equals(two);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

	private record RouteMeters(DistributionSummary queries, Timer queryTime, Counter nPlusOne, Counter duplicates) {
	}

}
