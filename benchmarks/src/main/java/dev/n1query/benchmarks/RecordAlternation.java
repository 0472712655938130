package dev.n1query.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.StatementExecution;

/**
 * {@link RecordStatementBenchmark}'s work (a repeated Hibernate SELECT recorded in an open
 * scope, reopened every 1,000 statements) for this build and for other builds of n1-core,
 * each in a class loader of its own, in one JVM: 25 ms slices taken in turn (ABBA), timed
 * by the thread's CPU time and counted in bytes allocated. JMH runs builds one after the
 * other, and on a shared virtual machine their difference moves by as much as it measures.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.n1query.benchmarks.RecordAlternation
 * [another build's n1-core/target/classes]...}
 */
public final class RecordAlternation {

	private static final long SLICE_NANOS = 25_000_000L;

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
			variants.add(driver(new URL[] { url(other), self }));
		}
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
			.getThreadMXBean();
		int count = variants.size();
		long[] cpu = new long[count];
		long[] bytes = new long[count];
		long[] statements = new long[count];
		for (int slice = 0; slice < SLICES; slice++) {
			for (int i = 0; i < count; i++) {
				int v = (slice % 2 == 0) ? i : count - 1 - i;
				long cpuBefore = threads.getCurrentThreadCpuTime();
				long bytesBefore = threads.getCurrentThreadAllocatedBytes();
				long made = 0;
				long start = System.nanoTime();
				while (System.nanoTime() - start < SLICE_NANOS) {
					variants.get(v).invokeExact(1_000);
					made += 1_000;
				}
				if (slice >= WARM_UP_SLICES) {
					cpu[v] += threads.getCurrentThreadCpuTime() - cpuBefore;
					bytes[v] += threads.getCurrentThreadAllocatedBytes() - bytesBefore;
					statements[v] += made;
				}
			}
		}
		for (int v = 0; v < count; v++) {
			System.out.printf("%-40s %6.1f ns/statement  %6.1f B/statement%n", names.get(v),
					cpu[v] / (double) statements[v], bytes[v] / (double) statements[v]);
		}
	}

	private static MethodHandle driver(URL[] urls) throws ReflectiveOperationException {
		ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
		Class<?> driver = loader.loadClass(Driver.class.getName());
		return MethodHandles.publicLookup().findStatic(driver, "run", MethodType.methodType(void.class, int.class));
	}

	private static URL url(String path) {
		try {
			return Path.of(path).toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Not a path: " + path, ex);
		}
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
