package dev.n1query.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionMode;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.Hotspots;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.ReportLogger;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReportListener;
import dev.n1query.core.StatementExecution;
import dev.n1query.metrics.N1Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What N1's core does for a request the sample rate leaves out (most requests under load):
 * open the scope, count two statements, close it, and hand the report to the listeners the
 * starter registers (history, log, hotspots, meters). Run with {@code -t 4} to see
 * requests finishing on several threads at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CountedRequestBenchmark {

	private static final StatementExecution AUTHORS = new StatementExecution(
			"select a1_0.id,a1_0.name,b1_0.author_id,b1_0.id,b1_0.title from author a1_0 left join book b1_0 on a1_0.id=b1_0.author_id",
			List.of(), 250_000, 0, 400, true, null, "dataSource");

	private static final StatementExecution COUNT = new StatementExecution("select count(*) from author a1_0",
			List.of(), 50_000, 0, 1, true, null, "dataSource");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final N1Metrics metrics = new N1Metrics(this.registry, false);

	/** Which of the starter's listeners get the report: all of them, or all but one. */
	@Param({ "all", "-history", "-logger", "-hotspots", "-metrics", "none" })
	public String listeners;

	private QueryTracker tracker;

	@Setup
	public void tracker() {
		Map<String, ScopeReportListener> byName = new LinkedHashMap<>();
		byName.put("history", new ReportHistory(100));
		byName.put("logger", new ReportLogger(Duration.ofMinutes(5), 1_000, System::nanoTime));
		byName.put("hotspots", new Hotspots(200));
		byName.put("metrics", this.metrics);
		if (this.listeners.equals("none")) {
			byName.clear();
		}
		else if (this.listeners.startsWith("-")) {
			byName.remove(this.listeners.substring(1));
		}
		this.tracker = new QueryTracker(new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE, 0.0, 0),
				new CallSiteResolver(), List.of(), List.copyOf(byName.values()), List.of(this.metrics));
	}

	@Benchmark
	public QueryScope countedRequest() {
		QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET /api/authors/fixed");
		try (scope) {
			this.tracker.record(AUTHORS);
			this.tracker.record(COUNT);
			scope.describeRequest("GET", "/api/authors/fixed", "/api/authors/fixed", 200);
		}
		return scope;
	}

}
