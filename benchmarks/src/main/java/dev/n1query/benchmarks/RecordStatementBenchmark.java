package dev.n1query.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.StatementExecution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of N1's own work for one statement, without JDBC: what {@code QueryTracker}
 * does with a statement the JDBC listener hands it. The statement repeats one Hibernate
 * fingerprint (the common case: cached fingerprint, call site sampled), in a scope that
 * is reopened every 1,000 statements, as a request would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecordStatementBenchmark {

	static final String SQL = "select o1_0.customer_id,o1_0.id,o1_0.total from purchase_order o1_0 "
			+ "where o1_0.customer_id=? order by o1_0.id";

	private final QueryTracker tracker = new QueryTracker();

	private final StatementExecution[] executions = new StatementExecution[1000];

	private QueryScope scope;

	private int next;

	@Setup(Level.Trial)
	public void prepare() {
		// With the time the execution ended, as N1's JDBC listener hands it over (it read the
		// clock to time the execution).
		long ended = System.nanoTime();
		for (int i = 0; i < this.executions.length; i++) {
			this.executions[i] = new StatementExecution(SQL, List.of((long) i), 1_500, 0, -1, true, null,
					"dataSource", ended);
		}
	}

	@TearDown(Level.Trial)
	public void close() {
		if (this.scope != null) {
			this.scope.close();
		}
	}

	/** One statement in an open scope; every 1,000th closes and reopens it (analysis included). */
	@Benchmark
	public void recordInActiveScope() {
		if (this.next == 0) {
			if (this.scope != null) {
				this.scope.close();
			}
			this.scope = this.tracker.open("benchmark");
		}
		this.tracker.record(this.executions[this.next]);
		this.next = (this.next + 1) % this.executions.length;
	}

	/** One statement with no scope bound: counted only. */
	@Benchmark
	public void recordWithoutScope(NoScope state) {
		state.tracker.record(this.executions[0]);
	}

	/** A tracker with no scope ever opened. */
	@State(Scope.Thread)
	public static class NoScope {

		final QueryTracker tracker = new QueryTracker();

	}

}
