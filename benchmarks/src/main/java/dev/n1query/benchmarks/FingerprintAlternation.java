package dev.n1query.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.SqlFingerprinter;

/**
 * CPU time per character of an uncached fingerprint ({@link FingerprintBenchmark}'s
 * Hibernate SELECTs), side by side with the floor of this machine — a loop that only copies
 * the statement and lower-cases it through a table, the least any fingerprinter writing
 * its text does — and optionally with other builds of n1-core. Every variant runs in the
 * same JVM ({@link Alternation}), which ranks them where JMH's runs one after the other
 * cannot on a shared virtual machine.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.n1query.benchmarks.FingerprintAlternation [n1-core classes or jar of another build]...}
 */
public final class FingerprintAlternation {

	private static final int[] SIZES = { 200, 1000, 10000 };

	private static final int SLICES = 160;

	private static final int WARM_UP_SLICES = 40;

	private static final char[] LOWER = new char[256];

	static {
		for (char c = 0; c < 256; c++) {
			LOWER[c] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
		}
	}

	private static final char[] COPY_IN = new char[16 * 1024];

	private static final char[] COPY_OUT = new char[16 * 1024];

	private static long sink;

	private FingerprintAlternation() {
	}

	public static void main(String[] args) throws Throwable {
		List<String> names = new ArrayList<>();
		List<MethodHandle> variants = new ArrayList<>();
		names.add("copy floor");
		variants.add(MethodHandles.lookup()
			.findStatic(FingerprintAlternation.class, "copyFloor", MethodType.methodType(Object.class, String.class)));
		names.add("this build");
		variants.add(MethodHandles.lookup()
			.findStatic(SqlFingerprinter.class, "fingerprint",
					MethodType.methodType(dev.n1query.core.Fingerprint.class, String.class))
			.asType(MethodType.methodType(Object.class, String.class)));
		for (String other : args) {
			names.add(other);
			variants.add(fingerprinterOf(other));
		}
		for (int size : SIZES) {
			String sql = FingerprintBenchmark.hibernateSelect(size);
			List<Alternation.Variant> batches = new ArrayList<>();
			for (MethodHandle variant : variants) {
				batches.add(() -> batch(variant, sql));
			}
			Alternation.Totals totals = Alternation.run(batches, SLICES, WARM_UP_SLICES);
			System.out.printf("%,d chars%n", sql.length());
			for (int v = 0; v < variants.size(); v++) {
				double perChar = totals.nanosPerOperation(v) / sql.length();
				System.out.printf("  %-12s %6.2f ns/char (µs per 1,000 characters)%n", names.get(v), perChar);
			}
		}
		if (sink == 42) {
			System.out.println();
		}
	}

	private static long batch(MethodHandle variant, String sql) throws Throwable {
		for (int i = 0; i < 20; i++) {
			sink += System.identityHashCode((Object) variant.invokeExact(sql));
		}
		return 20;
	}

	// The statement copied out of its String and lower-cased into an array: no lexing at all.
	static Object copyFloor(String sql) {
		int length = sql.length();
		sql.getChars(0, length, COPY_IN, 0);
		char[] in = COPY_IN;
		char[] out = COPY_OUT;
		for (int i = 0; i < length; i++) {
			char c = in[i];
			out[i] = (c < 256) ? LOWER[c] : c;
		}
		return out;
	}

	private static MethodHandle fingerprinterOf(String classes) throws ReflectiveOperationException {
		try {
			URL[] urls = { Path.of(classes).toUri().toURL() };
			ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
			Class<?> fingerprinter = loader.loadClass("dev.n1query.core.SqlFingerprinter");
			Class<?> fingerprint = loader.loadClass("dev.n1query.core.Fingerprint");
			return MethodHandles.publicLookup()
				.findStatic(fingerprinter, "fingerprint", MethodType.methodType(fingerprint, String.class))
				.asType(MethodType.methodType(Object.class, String.class));
		}
		catch (java.net.MalformedURLException ex) {
			throw new IllegalArgumentException("Not a path: " + classes, ex);
		}
	}

}
