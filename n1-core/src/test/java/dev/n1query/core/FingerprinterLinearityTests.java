package dev.n1query.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The fingerprinter runs on the application's JDBC threads, so its cost must grow linearly
 * with the statement whatever the statement is. Each adversarial generator below builds
 * statements of a given length; the time for sixteen times the length must stay near
 * sixteen times the time (a quadratic pass gives 256), near the time of a benign statement of
 * the same length, and under an absolute ceiling per megabyte far above the expected
 * figure (a few milliseconds). Margins are generous: the build machine is shared. The build
 * runs this class in a JVM of its own with only C1 (see n1-core's pom), so that the timings
 * measure the lexer, not C2's recompilations.
 */
class FingerprinterLinearityTests {

	private static final int SMALL = 64 * 1024;

	private static final int LARGE = 16 * SMALL;

	/**
	 * Far above the expected figure (≈ 10 ms per MB on an idle machine, a few hundred on a
	 * machine shared by several builds), far below what a quadratic pass takes (minutes).
	 */
	private static final double CEILING_MS_PER_MB = 2_000;

	private static final String[] PIECES = { "select", " ", "'", "''", "\\'", "\"", "`", "--", "/*", "*/", "$$",
			"$t$", "$1", "?", ":n", "::", "-", "-1", ".5", "0x", "X'", "(", ")", ",", ";", "; ", "in", "values", "=" };

	static Stream<Arguments> generators() {
		return Stream.of(
				arguments("separators", repeat("select 1", "; ", "x")),
				arguments("bare separators", repeat("", ";", "x")),
				arguments("separators and comments", repeat("select 1", "; /* c */", "x")),
				arguments("separators and line comments", repeat("select 1", ";--\n", "x")),
				arguments("unterminated string", repeat("select '", "x", "")),
				arguments("unterminated strings of escapes", repeat("select '", "\\'", "")),
				arguments("unterminated comment", repeat("select /*", "*", "")),
				arguments("unterminated line comment", repeat("select --", "-", "")),
				arguments("unterminated quoted identifier", repeat("select \"", "\"\"", "")),
				arguments("unterminated dollar quotes", repeat("select ", "$a$ ", "")),
				arguments("dollar tags", repeat("select $", "a", "")),
				arguments("long dollar tag never closed", (IntFunction<String>) (n) -> "$" + "a".repeat(n / 2) + "$"
						+ ("$" + "a".repeat(n / 64 - 2) + "b").repeat(32)),
				arguments("deep nesting", repeat("select ", "(", "")),
				arguments("nesting opened and closed", repeat("select ", "(1)", "")),
				arguments("nested lists", repeat("select * from t where a in ", "((?,?),", ")")),
				arguments("closing parentheses", repeat("", ")", "")),
				arguments("values rows", repeat("insert into t values ", "(?, ?), ", "(?, ?)")),
				arguments("in list", repeat("select * from t where id in (", "1, ", "1)")),
				arguments("operators", repeat("select ", "<>", "")),
				arguments("minus signs", repeat("select ", "-", "1")),
				arguments("negative numbers", repeat("select ", "--1", "")),
				arguments("exponents", repeat("select ", "1e", "")),
				arguments("hex", repeat("select 0x", "f", "")),
				arguments("one long word", repeat("select ", "A", "")),
				arguments("words", repeat("select ", "Ab ", "")),
				arguments("random pieces", (IntFunction<String>) FingerprinterLinearityTests::randomPieces));
	}

	private static IntFunction<String> repeat(String head, String unit, String tail) {
		return (n) -> head + unit.repeat(Math.max(1, (n - head.length() - tail.length()) / unit.length())) + tail;
	}

	private static String randomPieces(int n) {
		Random random = new Random(n);
		StringBuilder sql = new StringBuilder(n + 16);
		while (sql.length() < n) {
			sql.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return sql.toString();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("generators")
	void fingerprintTimeGrowsLinearly(String name, IntFunction<String> generator) {
		String small = generator.apply(SMALL);
		String large = generator.apply(LARGE);
		String benignSmall = benignSelect(small.length());
		String benign = benignSelect(large.length());
		// A quadratic pass takes minutes on the large input: fail in seconds instead.
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			warmUp(small, large);
			long smallNanos = bestOf(small);
			// The adversarial and the benign statement are timed in alternation, so that a pause of
			// the machine (CPU quota, another process) hits both alike.
			long[] largeAndBenign = bestOfAlternating(large, benign);
			long largeNanos = largeAndBenign[0];
			long benignNanos = largeAndBenign[1];
			// the linear baseline: a benign statement of the small length
			long baseline = Math.max(smallNanos, bestOf(benignSmall));
			double megabytes = large.length() / (1024.0 * 1024.0);
			double msPerMb = largeNanos / 1e6 / megabytes;
			double growth = (double) largeNanos / Math.max(smallNanos, 1);
			String figures = String.format("%s: %,d chars %.2f ms (%.1f ms/MB), %,d chars %.2f ms, growth ×%.1f, benign %.2f ms",
					name, large.length(), largeNanos / 1e6, msPerMb, small.length(), smallNanos / 1e6, growth,
					benignNanos / 1e6);
			System.out.println(figures);
			assertThat(msPerMb).as(figures).isLessThan(CEILING_MS_PER_MB);
			// ×16 input: linear is ×16, quadratic ×256; what is faster than the benign statement
			// of the small length is measured against that. The margin (×96) covers what a
			// megabyte costs beyond the caches and the collector on a busy machine.
			assertThat(largeNanos).as(figures).isLessThan(96 * baseline);
			// no worse than a generous multiple of a benign statement of the same length
			assertThat(largeNanos).as(figures).isLessThan(10 * Math.max(benignNanos, 1_000_000L));
		});
	}

	@Test
	void theIssuesSeparatorStatementIsFast() {
		String sql = "select 1" + "; ".repeat(131_072) + "x";
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			long nanos = bestOf(sql);
			assertThat(nanos).isLessThan(250_000_000L);
			assertThat(SqlFingerprinter.fingerprint(sql).text()).startsWith("select ? ; ; ;").contains("… #");
		});
	}

	private static String benignSelect(int length) {
		StringBuilder sql = new StringBuilder("select c1_0.id");
		int i = 0;
		while (sql.length() < length - 40) {
			sql.append(",o").append(i % 97).append("_0.customer_id");
			i++;
		}
		return sql.append(" from customer c1_0 where c1_0.id=?").toString();
	}

	private static void warmUp(String small, String large) {
		String benign = benignSelect(small.length());
		for (int i = 0; i < 3; i++) {
			SqlFingerprinter.fingerprint(small);
			SqlFingerprinter.fingerprint(benign);
		}
		// the large input once more, so its loops are compiled at that length before they are timed
		SqlFingerprinter.fingerprint(large);
	}

	private static long[] bestOfAlternating(String sql, String benign) {
		long best = Long.MAX_VALUE;
		long bestBenign = Long.MAX_VALUE;
		for (int i = 0; i < 7; i++) {
			best = Math.min(best, bestOf(sql, 1));
			bestBenign = Math.min(bestBenign, bestOf(benign, 1));
		}
		return new long[] { best, bestBenign };
	}

	private static long bestOf(String sql) {
		return bestOf(sql, 5);
	}

	private static long bestOf(String sql, int runs) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Fingerprint fingerprint = SqlFingerprinter.fingerprint(sql);
			times.add(System.nanoTime() - start);
			assertThat(fingerprint.text().length()).isLessThanOrEqualTo(SqlFingerprinter.MAX_LENGTH + 40);
		}
		return times.stream().mapToLong(Long::longValue).min().orElseThrow();
	}

}
