package dev.n1query.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionMode;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.Hotspots;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.ReportLogger;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReportListener;
import dev.n1query.core.StatementExecution;
import dev.n1query.metrics.N1Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * {@link CountedRequestBenchmark}'s counted request around a "page" that writes a block of
 * memory (one byte per cache line; 1 MB unless told) between the scope's open and its close,
 * as a real page's entities and response do, against the page alone, in turn
 * ({@link Alternation}): N1's cost for a request whose code and data are out of the caches
 * when it closes, as in a server, where warm JMH loops see a tenth of it. Besides the CPU
 * time per request, the wall time of N1's own steps is summed apart from the page's, which
 * varies by more than N1 costs. Other builds of n1-core given as arguments run the same
 * request, each in a class loader of its own.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.n1query.benchmarks.CountedPageAlternation
 * [page KB] [another build's n1-core/target/classes]...}; {@code -Dwithout=metrics,history} adds
 * this build without each of the starter's listeners named ({@code all} for none of them).
 */
public final class CountedPageAlternation {

	private static final int SLICES = 400;

	private static final int WARM_UP_SLICES = 80;

	private CountedPageAlternation() {
	}

	public static void main(String[] args) throws Throwable {
		int pageKb = (args.length > 0) ? Integer.parseInt(args[0]) : 1024;
		URL self = CountedPageAlternation.class.getProtectionDomain().getCodeSource().getLocation();
		List<String> names = new ArrayList<>();
		List<MethodHandle> variants = new ArrayList<>();
		names.add("page alone");
		variants.add(driver(new URL[] { self }, "pageOnly", pageKb, ""));
		names.add("page + N1, this build");
		variants.add(driver(new URL[] { self }, "run", pageKb, ""));
		for (String without : System.getProperty("without", "").split(",")) {
			if (!without.isEmpty()) {
				names.add("page + N1 without " + without + ", this build");
				variants.add(driver(new URL[] { self }, "run", pageKb, without));
			}
		}
		for (int i = 1; i < args.length; i++) {
			names.add("page + N1, " + args[i]);
			variants.add(driver(new URL[] { Alternation.url(args[i]), self }, "run", pageKb, ""));
		}
		List<Alternation.Variant> batches = new ArrayList<>();
		for (MethodHandle variant : variants) {
			batches.add(() -> {
				variant.invokeExact(20);
				return 20;
			});
		}
		Alternation.run(batches, WARM_UP_SLICES, WARM_UP_SLICES);
		for (Class<?> driver : DRIVERS) {
			driver.getMethod("count", boolean.class).invoke(null, true);
		}
		Alternation.Totals totals = Alternation.run(batches, SLICES, 0);
		System.out.printf("%-45s %12s %10s   %s%n", "", "CPU/request", "B/request", "N1's steps");
		for (int v = 0; v < variants.size(); v++) {
			System.out.printf("%-45s %9.1f ns %10.1f   %s%n", names.get(v), totals.nanosPerOperation(v),
					totals.bytesPerOperation(v), DRIVERS.get(v).getMethod("steps").invoke(null));
		}
	}

	private static final List<Class<?>> DRIVERS = new ArrayList<>();

	private static MethodHandle driver(URL[] urls, String method, int pageKb, String without)
			throws ReflectiveOperationException {
		ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
		Class<?> driver = loader.loadClass(Driver.class.getName());
		driver.getMethod("setUp", int.class, String.class).invoke(null, pageKb, without);
		DRIVERS.add(driver);
		return MethodHandles.publicLookup().findStatic(driver, method, MethodType.methodType(void.class, int.class));
	}

	/** What one build runs, loaded once per build. */
	public static final class Driver {

		private static final StatementExecution AUTHORS = new StatementExecution(
				"select a1_0.id,a1_0.name,b1_0.author_id,b1_0.id,b1_0.title from author a1_0 left join book b1_0 on a1_0.id=b1_0.author_id",
				List.of(), 250_000, 0, 400, true, null, "dataSource");

		private static QueryTracker tracker;

		private static byte[] page;

		static int sink;

		private static boolean counting;

		// Nanoseconds: open (and count), record, describe, close; then requests counted.
		private static final long[] TOTALS = new long[5];

		private Driver() {
		}

		/**
		 * Sets the driver up.
		 * @param pageKb the page's size
		 * @param without the starter's listener to leave out (history, logger, hotspots,
		 * metrics, all), or empty
		 */
		public static void setUp(int pageKb, String without) {
			page = new byte[pageKb * 1024];
			N1Metrics metrics = new N1Metrics(new SimpleMeterRegistry(), false);
			Map<String, ScopeReportListener> listeners = new LinkedHashMap<>();
			listeners.put("history", new ReportHistory(100));
			listeners.put("logger", new ReportLogger(Duration.ofMinutes(5), 1_000, System::nanoTime));
			listeners.put("hotspots", new Hotspots(200));
			listeners.put("metrics", metrics);
			if (without.equals("all")) {
				listeners.clear();
			}
			else if (!without.isEmpty() && listeners.remove(without) == null) {
				throw new IllegalArgumentException("-Dwithout: '" + without + "' is none of " + listeners.keySet()
						+ " or all");
			}
			tracker = new QueryTracker(new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE, 0.0, 0),
					new CallSiteResolver(), List.of(), List.copyOf(listeners.values()),
					listeners.containsKey("metrics") ? List.of(metrics) : List.of());
		}

		/**
		 * Serves counted requests, each around the page.
		 * @param requests how many
		 */
		public static void run(int requests) {
			for (int r = 0; r < requests; r++) {
				long opening = System.nanoTime();
				QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /api/authors/fixed");
				long recording = System.nanoTime();
				tracker.record(AUTHORS);
				long opened = System.nanoTime();
				touchPage();
				long closing = System.nanoTime();
				scope.describeRequest("GET", "/api/authors/fixed", "/api/authors/fixed", 200);
				long described = System.nanoTime();
				scope.close();
				long closed = System.nanoTime();
				if (counting) {
					TOTALS[0] += recording - opening;
					TOTALS[1] += opened - recording;
					TOTALS[2] += described - closing;
					TOTALS[3] += closed - described;
					TOTALS[4]++;
				}
			}
		}

		/** N1's own steps per request, wall time (the page left out): their sum, then each. */
		public static String steps() {
			double requests = Math.max(1, TOTALS[4]);
			double sum = (TOTALS[0] + TOTALS[1] + TOTALS[2] + TOTALS[3]) / requests;
			return String.format("%9.1f ns   open %.0f, record %.0f, describe %.0f, close %.0f", sum,
					TOTALS[0] / requests, TOTALS[1] / requests, TOTALS[2] / requests, TOTALS[3] / requests);
		}

		/**
		 * Starts or stops summing N1's steps (not during the warm-up).
		 * @param count whether to sum them
		 */
		public static void count(boolean count) {
			counting = count;
		}

		/**
		 * Writes the page alone, as many times.
		 * @param requests how many
		 */
		public static void pageOnly(int requests) {
			for (int r = 0; r < requests; r++) {
				touchPage();
			}
		}

		private static void touchPage() {
			byte[] bytes = page;
			int sum = 0;
			for (int i = 0; i < bytes.length; i += 64) {
				sum += ++bytes[i];
			}
			sink += sum;
		}

	}

}
