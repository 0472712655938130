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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Closing a scope: grouping, N+1 and duplicate detection and the report, for 100 and
 * 10,000 statements (an N+1 loop, a second loop, a duplicate and a few one-off
 * statements).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScopeCloseBenchmark {

	@Param({ "100", "10000" })
	public int statements;

	private final QueryTracker tracker = new QueryTracker();

	private QueryScope scope;

	@Setup(Level.Invocation)
	public void fill() {
		this.scope = this.tracker.open("benchmark");
		for (int i = 0; i < this.statements; i++) {
			switch (i % 4) {
				case 0, 1 -> this.tracker.record(new StatementExecution(
						"select o1_0.customer_id,o1_0.id,o1_0.total from purchase_order o1_0 where o1_0.customer_id=?",
						List.of((long) i), 1_000, 0, -1, true, null, "dataSource"));
				case 2 -> this.tracker.record(new StatementExecution("select b1_0.id,b1_0.title from book b1_0 where b1_0.author_id=?",
						List.of((long) (i % 50)), 1_000, 0, -1, true, null, "dataSource"));
				default -> this.tracker.record(new StatementExecution("select count(*) from audit where day = " + (i % 7),
						List.of(), 1_000, 0, -1, true, null, "dataSource"));
			}
		}
		this.tracker.detach(this.scope);
	}

	@Benchmark
	public QueryScope close() {
		this.tracker.attach(this.scope);
		this.scope.close();
		return this.scope;
	}

}
