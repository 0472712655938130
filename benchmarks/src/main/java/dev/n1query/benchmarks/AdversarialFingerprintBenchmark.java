package dev.n1query.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.n1query.core.Fingerprint;
import dev.n1query.core.SqlFingerprinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Fingerprinting 1 MB statements of adversarial shapes (uncached: statements over 16 KB
 * never are), against a benign Hibernate SELECT of the same size: the time per MB that
 * any statement can cost a JDBC thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdversarialFingerprintBenchmark {

	@Param({ "benign", "separators", "unterminated-string", "unterminated-comment", "deep-nesting", "values-rows",
			"in-list", "operators", "words", "quoted-identifiers", "dollar-quotes" })
	public String shape;

	private String sql;

	@Setup
	public void sql() {
		int size = 1 << 20;
		this.sql = switch (this.shape) {
			case "benign" -> FingerprintBenchmark.hibernateSelect(size);
			case "separators" -> "select 1" + "; ".repeat(size / 2) + "x";
			case "unterminated-string" -> "select '" + "\\'".repeat(size / 2);
			case "unterminated-comment" -> "select /*" + "*".repeat(size);
			case "deep-nesting" -> "select " + "(".repeat(size);
			case "values-rows" -> "insert into t values " + "(?, ?), ".repeat(size / 8) + "(?, ?)";
			case "in-list" -> "select * from t where id in (" + "1, ".repeat(size / 3) + "1)";
			case "operators" -> "select " + "<>".repeat(size / 2);
			case "words" -> "select " + "Ab ".repeat(size / 3);
			case "quoted-identifiers" -> "select " + "\"Ab\".".repeat(size / 5) + "x";
			case "dollar-quotes" -> "select " + "$a$ $a$ ".repeat(size / 8);
			default -> throw new IllegalArgumentException(this.shape);
		};
	}

	@Benchmark
	public Fingerprint fingerprint() {
		return SqlFingerprinter.fingerprint(this.sql);
	}

}
