package dev.n1query.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.n1query.core.Fingerprint;
import dev.n1query.core.FingerprintCache;
import dev.n1query.core.SqlFingerprinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Fingerprinting Hibernate 7 SELECTs of about 200 bytes, 1 KB and 10 KB, uncached and cached. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FingerprintBenchmark {

	@Param({ "200", "1000", "10000" })
	public int bytes;

	private String sql;

	private final FingerprintCache cache = new FingerprintCache();

	@Setup
	public void sql() {
		this.sql = hibernateSelect(this.bytes);
		this.cache.fingerprint(this.sql);
	}

	/** A Hibernate-style SELECT with joins, grown by columns to about the given length. */
	public static String hibernateSelect(int bytes) {
		StringBuilder columns = new StringBuilder("c1_0.id,c1_0.email,c1_0.name");
		int join = 0;
		StringBuilder joins = new StringBuilder();
		while (columns.length() + joins.length() + 120 < bytes) {
			join++;
			String alias = "o" + join + "_0";
			columns.append(',').append(alias).append(".customer_id,").append(alias).append(".id,").append(alias)
				.append(".total,").append(alias).append(".placed_at");
			joins.append(" left join purchase_order ").append(alias).append(" on c1_0.id=").append(alias)
				.append(".customer_id");
		}
		return "select " + columns + " from customer c1_0" + joins + " where c1_0.id=? and c1_0.name like ? order by c1_0.id";
	}

	@Benchmark
	public Fingerprint uncached() {
		return SqlFingerprinter.fingerprint(this.sql);
	}

	@Benchmark
	public Fingerprint cached() {
		return this.cache.fingerprint(this.sql);
	}

}
