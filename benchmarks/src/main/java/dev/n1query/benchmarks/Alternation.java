package dev.n1query.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs variants of one piece of work in turn, in 25 ms slices taken in ABBA order, and adds
 * up, past a warm-up, each variant's CPU time (the running thread's), bytes allocated and
 * operations. On a shared virtual machine whose speed drifts from minute to minute, the
 * drift falls on every variant alike, where runs one after the other (JMH's) measure it.
 */
final class Alternation {

	private static final long SLICE_NANOS = 25_000_000L;

	private Alternation() {
	}

	/** One variant's work. */
	interface Variant {

		/**
		 * Does a batch of the work.
		 * @return how many operations it made
		 */
		long batch() throws Throwable;

	}

	/**
	 * What each variant took.
	 *
	 * @param cpuNanos CPU time, by variant
	 * @param bytes bytes allocated, by variant
	 * @param operations operations made, by variant
	 */
	record Totals(long[] cpuNanos, long[] bytes, long[] operations) {

		double nanosPerOperation(int variant) {
			return this.cpuNanos[variant] / (double) this.operations[variant];
		}

		double bytesPerOperation(int variant) {
			return this.bytes[variant] / (double) this.operations[variant];
		}

	}

	/**
	 * A class directory or jar, for the class loader another build's variant runs in.
	 * @param path its path
	 * @return its URL
	 */
	static URL url(String path) {
		try {
			return Path.of(path).toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Not a path: " + path, ex);
		}
	}

	static Totals run(List<Variant> variants, int slices, int warmUpSlices) throws Throwable {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		int count = variants.size();
		Totals totals = new Totals(new long[count], new long[count], new long[count]);
		for (int slice = 0; slice < slices; slice++) {
			for (int i = 0; i < count; i++) {
				int v = (slice % 2 == 0) ? i : count - 1 - i;
				long cpuBefore = threads.getCurrentThreadCpuTime();
				long bytesBefore = threads.getCurrentThreadAllocatedBytes();
				long made = 0;
				long start = System.nanoTime();
				while (System.nanoTime() - start < SLICE_NANOS) {
					made += variants.get(v).batch();
				}
				if (slice >= warmUpSlices) {
					totals.cpuNanos[v] += threads.getCurrentThreadCpuTime() - cpuBefore;
					totals.bytes[v] += threads.getCurrentThreadAllocatedBytes() - bytesBefore;
					totals.operations[v] += made;
				}
			}
		}
		return totals;
	}

}
