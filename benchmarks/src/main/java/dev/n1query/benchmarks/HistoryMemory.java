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
 * histograms and the uri cap, on a simple registry) after
 * 100,000 requests like the demo's broken customers page (101 statements, one N+1 of
 * 100, on 50 routes). Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.n1query.benchmarks.HistoryMemory}.
 */
public final class HistoryMemory {

	private HistoryMemory() {
	}

	public static void main(String[] args) {
		int requests = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
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
		for (int r = 0; r < requests; r++) {
			String route = "/customers/" + (r % 50) + "/{id}";
			try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET " + route)) {
				tracker.record(new StatementExecution("select c1_0.id,c1_0.email,c1_0.name from customer c1_0",
						List.of(), 900, 0, -1, true, null, "dataSource"));
				for (int i = 0; i < 100; i++) {
					tracker.record(new StatementExecution(
							"select o1_0.customer_id,o1_0.id,o1_0.total from purchase_order o1_0 where o1_0.customer_id=?",
							List.of((long) i), 300, 0, -1, true, null, "dataSource"));
				}
				scope.describeRequest("GET", route, "/customers/" + (r % 50) + "/" + r, 200);
			}
		}
		long seconds = (System.nanoTime() - start) / 1_000_000;
		long after = usedAfterGc(memory);
		System.out.printf("requests: %,d (101 statements each) in %,d ms%n", requests, seconds);
		System.out.printf("history: %d reports, hotspots: %d, meters: %d%n", history.size(), hotspots.size(),
				registry.getMeters().size());
		System.out.printf("heap used before: %,d KB, after: %,d KB, retained by N1: %,d KB%n", before / 1024,
				after / 1024, (after - before) / 1024);
		if (history.size() > 100 || hotspots.size() > 200) {
			throw new IllegalStateException("history or hotspots over their bounds");
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
