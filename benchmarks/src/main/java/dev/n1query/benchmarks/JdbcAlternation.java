package dev.n1query.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time per point SELECT of {@link JdbcOverheadBenchmark}, per variant, with every
 * variant set up at once and run in 25 ms slices taken in turn (ABBA), timed by the
 * thread's CPU time. JMH runs variants one after the other, so on a shared virtual machine
 * whose speed drifts from minute to minute their differences (a few hundred nanoseconds
 * over a floor of about two microseconds) move by as much as they measure; taken in turn,
 * the drift falls on every variant alike. Run: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.n1query.benchmarks.JdbcAlternation [variant...]}
 * (default: raw, p6spy, N1 with no scope open and N1 in a scope).
 */
public final class JdbcAlternation {

	private static final long SLICE_NANOS = 25_000_000L;

	private static final int SLICES = 400;

	private static final int WARM_UP_SLICES = 80;

	private JdbcAlternation() {
	}

	public static void main(String[] args) throws SQLException {
		List<String> names = (args.length > 0) ? List.of(args) : List.of("raw", "p6spy", "n1-no-scope", "n1-scope");
		List<JdbcOverheadBenchmark> variants = new ArrayList<>();
		for (String name : names) {
			JdbcOverheadBenchmark benchmark = new JdbcOverheadBenchmark();
			benchmark.variant = name;
			benchmark.setUp();
			benchmark.truncate();
			variants.add(benchmark);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpu = new long[variants.size()];
		long[] calls = new long[variants.size()];
		for (int slice = 0; slice < SLICES; slice++) {
			for (int i = 0; i < variants.size(); i++) {
				int v = (slice % 2 == 0) ? i : variants.size() - 1 - i;
				long cpuBefore = threads.getCurrentThreadCpuTime();
				long made = run(variants.get(v));
				if (slice >= WARM_UP_SLICES) {
					cpu[v] += threads.getCurrentThreadCpuTime() - cpuBefore;
					calls[v] += made;
				}
			}
		}
		double raw = names.contains("raw") ? cpu[names.indexOf("raw")] / (double) calls[names.indexOf("raw")] : 0;
		for (int v = 0; v < variants.size(); v++) {
			double perCall = cpu[v] / (double) calls[v];
			System.out.printf("%-26s %,8.0f ns/op  %+,6.0f ns over raw%n", names.get(v), perCall, perCall - raw);
			variants.get(v).tearDown();
		}
	}

	private static long run(JdbcOverheadBenchmark variant) throws SQLException {
		long start = System.nanoTime();
		long made = 0;
		while (System.nanoTime() - start < SLICE_NANOS) {
			for (int i = 0; i < 50; i++) {
				variant.pointSelect();
			}
			made += 50;
		}
		return made;
	}

}
