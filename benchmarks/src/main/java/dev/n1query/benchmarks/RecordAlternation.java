package dev.n1query.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.StatementExecution;

/**
 * {@link RecordStatementBenchmark}'s work (a repeated Hibernate SELECT recorded in an open
 * scope, reopened every 1,000 statements) for this build and for other builds of n1-core,
 * each in a class loader of its own, in one JVM, in turn ({@link Alternation}): CPU time and
 * bytes allocated per statement. JMH runs builds one after the other, and on a shared
 * virtual machine their difference moves by as much as it measures.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.n1query.benchmarks.RecordAlternation
 * [another build's n1-core/target/classes]...}
 */
public final class RecordAlternation {

	private static final int SLICES = 400;

	private static final int WARM_UP_SLICES = 80;

	private RecordAlternation() {
	}

	public static void main(String[] args) throws Throwable {
		URL self = RecordAlternation.class.getProtectionDomain().getCodeSource().getLocation();
		List<String> names = new ArrayList<>();
		List<MethodHandle> variants = new ArrayList<>();
		names.add("this build");
		variants.add(driver(new URL[] { self }));
		for (String other : args) {
			names.add(other);
			// The other build's n1-core first: the driver's references to it resolve there.
			variants.add(driver(new URL[] { Alternation.url(other), self }));
		}
		List<Alternation.Variant> batches = new ArrayList<>();
		for (MethodHandle variant : variants) {
			batches.add(() -> {
				variant.invokeExact(1_000);
				return 1_000;
			});
		}
		Alternation.Totals totals = Alternation.run(batches, SLICES, WARM_UP_SLICES);
		for (int v = 0; v < variants.size(); v++) {
			System.out.printf("%-40s %6.1f ns/statement  %6.1f B/statement%n", names.get(v),
					totals.nanosPerOperation(v), totals.bytesPerOperation(v));
		}
	}

	private static MethodHandle driver(URL[] urls) throws ReflectiveOperationException {
		ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
		Class<?> driver = loader.loadClass(Driver.class.getName());
		return MethodHandles.publicLookup().findStatic(driver, "run", MethodType.methodType(void.class, int.class));
	}

	/** What one build runs, loaded once per build. */
	public static final class Driver {

		private static final QueryTracker TRACKER = new QueryTracker();

		private static final StatementExecution[] EXECUTIONS = executions();

		private static QueryScope scope;

		private static int next;

		private Driver() {
		}

		/**
		 * Records the next statements.
		 * @param statements how many
		 */
		public static void run(int statements) {
			for (int i = 0; i < statements; i++) {
				if (next == 0) {
					if (scope != null) {
						scope.close();
					}
					scope = TRACKER.open("benchmark");
				}
				TRACKER.record(EXECUTIONS[next]);
				next = (next + 1) % EXECUTIONS.length;
			}
		}

		// With the end time where the build's StatementExecution has one (as N1's JDBC
		// listener hands it over), else without.
		private static StatementExecution[] executions() {
			StatementExecution[] executions = new StatementExecution[1_000];
			long ended = System.nanoTime();
			try {
				Constructor<StatementExecution> withEnd = endTimeConstructor();
				for (int i = 0; i < executions.length; i++) {
					List<Object> values = List.of((long) i);
					executions[i] = (withEnd != null)
							? withEnd.newInstance(RecordStatementBenchmark.SQL, values, 1_500L, 0, -1, true, null,
									"dataSource", ended)
							: new StatementExecution(RecordStatementBenchmark.SQL, values, 1_500, 0, -1, true, null,
									"dataSource");
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			return executions;
		}

		private static Constructor<StatementExecution> endTimeConstructor() {
			try {
				return StatementExecution.class.getConstructor(String.class, List.class, long.class, int.class,
						int.class, boolean.class, String.class, String.class, long.class);
			}
			catch (NoSuchMethodException ex) {
				return null;
			}
		}

	}

}
