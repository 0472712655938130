package dev.n1query.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time per point SELECT of {@link JdbcOverheadBenchmark}, per variant, with every
 * variant set up at once and run in turn ({@link Alternation}). JMH runs variants one after
 * the other, so on a shared virtual machine whose speed drifts from minute to minute their
 * differences (a few hundred nanoseconds over a floor of about two microseconds) move by as
 * much as they measure. Run: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.n1query.benchmarks.JdbcAlternation [variant...]}
 * (default: raw, p6spy, N1 with no scope open and N1 in a scope).
 */
public final class JdbcAlternation {

	private static final int SLICES = 400;

	private static final int WARM_UP_SLICES = 80;

	private JdbcAlternation() {
	}

	public static void main(String[] args) throws Throwable {
		List<String> names = (args.length > 0) ? List.of(args) : List.of("raw", "p6spy", "n1-no-scope", "n1-scope");
		List<JdbcOverheadBenchmark> variants = new ArrayList<>();
		for (String name : names) {
			JdbcOverheadBenchmark benchmark = new JdbcOverheadBenchmark();
			benchmark.variant = name;
			benchmark.setUp();
			benchmark.truncate();
			variants.add(benchmark);
		}
		List<Alternation.Variant> batches = new ArrayList<>();
		for (JdbcOverheadBenchmark variant : variants) {
			batches.add(() -> batch(variant));
		}
		Alternation.Totals totals = Alternation.run(batches, SLICES, WARM_UP_SLICES);
		double raw = names.contains("raw") ? totals.nanosPerOperation(names.indexOf("raw")) : 0;
		for (int v = 0; v < variants.size(); v++) {
			double perCall = totals.nanosPerOperation(v);
			System.out.printf("%-26s %,8.0f ns/op  %+,6.0f ns over raw%n", names.get(v), perCall, perCall - raw);
			variants.get(v).tearDown();
		}
	}

	private static long batch(JdbcOverheadBenchmark variant) throws SQLException {
		for (int i = 0; i < 50; i++) {
			variant.pointSelect();
		}
		return 50;
	}

}
