package dev.n1query.benchmarks;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.List;

/**
 * Bytes allocated per point SELECT of {@link JdbcOverheadBenchmark}, per variant, counted
 * by the JVM for the running thread after a warm-up: exact, and unlike times they do not
 * depend on what else the machine runs. Run: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.n1query.benchmarks.JdbcAllocation [variant...]}
 * (default: every variant).
 */
public final class JdbcAllocation {

	private static final int WARM_UP = 300_000;

	private static final int MEASURED = 200_000;

	private JdbcAllocation() {
	}

	public static void main(String[] args) throws SQLException {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		List<String> variants = (args.length > 0) ? List.of(args)
				: List.of("raw", "dsproxy-noop", "dsproxy-noop-n1-factory", "dsproxy-count", "p6spy", "n1-scope",
						"n1-no-scope", "n1-scope-jdk-factory", "n1-no-scope-jdk-factory");
		for (String variant : variants) {
			JdbcOverheadBenchmark benchmark = new JdbcOverheadBenchmark();
			benchmark.variant = variant;
			benchmark.setUp();
			benchmark.truncate();
			for (int i = 0; i < WARM_UP; i++) {
				benchmark.pointSelect();
			}
			long before = threads.getCurrentThreadAllocatedBytes();
			for (int i = 0; i < MEASURED; i++) {
				benchmark.pointSelect();
			}
			long allocated = threads.getCurrentThreadAllocatedBytes() - before;
			System.out.printf("%-26s %,8.0f B/op%n", variant, allocated / (double) MEASURED);
			benchmark.tearDown();
		}
	}

}
