package dev.n1query.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.n1query.core.Fingerprint;
import dev.n1query.core.FingerprintCache;
import dev.n1query.core.SqlFingerprinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Fingerprinting a Hibernate 7 SELECT of about 200 bytes, uncached and cached. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FingerprintBenchmark {

	private final String sql = "select c1_0.id,c1_0.email,c1_0.name,o1_0.customer_id,o1_0.id,o1_0.total "
			+ "from customer c1_0 left join purchase_order o1_0 on c1_0.id=o1_0.customer_id "
			+ "where c1_0.id=? order by c1_0.id";

	private final FingerprintCache cache = new FingerprintCache();

	@Benchmark
	public Fingerprint uncached() {
		return SqlFingerprinter.fingerprint(this.sql);
	}

	@Benchmark
	public Fingerprint cached() {
		return this.cache.fingerprint(this.sql);
	}

}
