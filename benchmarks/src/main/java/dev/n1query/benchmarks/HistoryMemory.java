package dev.n1query.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.Hotspots;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.StatementExecution;
import dev.n1query.metrics.N1Metrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Heap retained by N1 at its defaults (history of 100 requests, 200 hotspots, meters with
 * histograms and the uri cap, on a simple registry). Every statement is a distinct String,
 * as the JDBC layer hands N1 (nothing is shared by accident). Scenarios:
 * <ul>
 * <li>{@code demo} (default): 100,000 requests like the demo's broken customers page (101
 * statements, one N+1 of 100, on 50 routes);
 * <li>{@code long}: 1,000 requests of 101 string-built statements of 50 KB each, all
 * distinct (10 shapes, literals inlined);
 * <li>{@code scope}: one scope filled to every bound (1,000 shapes, 3 executions each, each
 * 10,001 characters past the cut with 120 parameters of 200 characters), measured open,
 * then as the report kept in the history.
 * </ul>
 * Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * dev.n1query.benchmarks.HistoryMemory [demo|long|scope] [requests]}.
 */
public final class HistoryMemory {

	private HistoryMemory() {
	}

	public static void main(String[] args) {
		String scenario = (args.length > 0) ? args[0] : "demo";
		int requests = (args.length > 1) ? Integer.parseInt(args[1]) : scenario.equals("long") ? 1_000 : 100_000;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = usedAfterGc(memory);
		ReportHistory history = new ReportHistory(100);
		Hotspots hotspots = new Hotspots(200);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		registry.config().meterFilter(MeterFilter.maximumAllowableTags("n1.", "uri", 100, MeterFilter.deny()));
		N1Metrics metrics = new N1Metrics(registry, true);
		QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(history, hotspots, metrics), List.of(metrics));
		long start = System.nanoTime();
		if (scenario.equals("scope")) {
			fullScope(tracker, memory, before);
			requests = 1;
		}
		else {
			String filler = "x".repeat(50_000);
			for (int r = 0; r < requests; r++) {
				String route = "/customers/" + (r % 50) + "/{id}";
				try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET " + route)) {
					if (scenario.equals("long")) {
						for (int i = 0; i < 101; i++) {
							tracker.record(new StatementExecution("insert into note" + (i % 10) + " (id, body) values (" + r
									+ i + ", '" + filler + i + "')", List.of(), 300, 0, -1, true, null, "dataSource"));
						}
					}
					else {
						tracker.record(new StatementExecution(new String("select c1_0.id,c1_0.email,c1_0.name from customer c1_0"),
								List.of(), 900, 0, -1, true, null, "dataSource"));
						for (int i = 0; i < 100; i++) {
							tracker.record(new StatementExecution(new String(
									"select o1_0.customer_id,o1_0.id,o1_0.total from purchase_order o1_0 where o1_0.customer_id=?"),
									List.of((long) i), 300, 0, -1, true, null, "dataSource"));
						}
					}
					scope.describeRequest("GET", route, "/customers/" + (r % 50) + "/" + r, 200);
				}
			}
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long after = usedAfterGc(memory);
		System.out.printf("scenario %s: %,d requests in %,d ms%n", scenario, requests, millis);
		System.out.printf("history: %d reports, hotspots: %d, meters: %d%n", history.size(), hotspots.size(),
				registry.getMeters().size());
		System.out.printf("heap used before: %,d KB, after: %,d KB, retained by N1: %,d KB%n", before / 1024,
				after / 1024, (after - before) / 1024);
		if (history.size() > 100 || hotspots.size() > 200) {
			throw new IllegalStateException("history or hotspots over their bounds");
		}
	}

	/** One scope at every bound: measured while open, then closed into the history. */
	private static void fullScope(QueryTracker tracker, MemoryMXBean memory, long before) {
		String filler = "y".repeat(10_001);
		List<Object> values = new java.util.ArrayList<>();
		for (int v = 0; v < 120; v++) {
			values.add("v".repeat(199) + (char) ('a' + v % 26));
		}
		try (QueryScope scope = tracker.open(ScopeKind.JOB, "full")) {
			for (int execution = 0; execution < 3; execution++) {
				for (int shape = 0; shape < 1_000; shape++) {
					List<Object> distinct = new java.util.ArrayList<>(values);
					distinct.set(0, "value " + execution);
					tracker.record(new StatementExecution("select /* " + filler + " */ * from t" + shape + " where a in ("
							+ "?, ".repeat(119) + "?) and b = " + execution, distinct, 300, 0, -1, true, null, "dataSource"));
				}
			}
			long open = usedAfterGc(memory);
			System.out.printf("one full scope, open: %,d KB retained%n", (open - before) / 1024);
		}
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
