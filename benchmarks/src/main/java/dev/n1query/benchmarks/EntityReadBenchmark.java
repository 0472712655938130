package dev.n1query.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.n1query.core.EntityNames;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
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
 * The cost per property a template or a JSON serializer reads, for the unused-eager-loading
 * report: what N1's Spring EL accessor and Jackson writer do per read in an application
 * with Hibernate (reads watched), in a scope reopened every 1,000 reads, as a page would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EntityReadBenchmark {

	private static final String[] PROPERTIES = { "id", "name", "email", "orders", "total" };

	private final QueryTracker tracker = new QueryTracker();

	private final Object customer = new Customer();

	private QueryScope scope;

	private int next;

	static final class Customer {

	}

	@Setup(Level.Trial)
	public void watch() {
		this.tracker.watchEntityReads(true);
	}

	@TearDown(Level.Trial)
	public void close() {
		if (this.scope != null) {
			this.scope.close();
		}
	}

	/** One read, as the accessor records it: current scope, name of the class, note. */
	@Benchmark
	public void recordRead() {
		if (this.next == 0) {
			if (this.scope != null) {
				this.scope.close();
			}
			this.scope = this.tracker.open("page");
		}
		QueryScope current = this.tracker.current();
		if (current != null && current.watchesReads()) {
			current.noteRead(EntityNames.of(this.customer.getClass()), PROPERTIES[this.next % PROPERTIES.length]);
		}
		this.next = (this.next + 1) % 1000;
	}

}
