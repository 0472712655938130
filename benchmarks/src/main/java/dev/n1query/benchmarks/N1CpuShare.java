package dev.n1query.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * N1's share of the CPU samples in JFR recordings of an application ({@code jdk.ExecutionSample},
 * {@code settings=profile}). A sample is N1's when, reading its stack from the top, the first
 * frame that is neither the JDK's nor a library N1 calls on its own behalf (Micrometer,
 * datasource-proxy) is N1's ({@code dev.n1query.}, the demo's {@code dev.n1query.demo.} aside): a
 * {@code HashMap.put} called by {@code QueryScope} is N1's, H2 called through N1's statement
 * proxy is not.
 * <p>
 * The share estimates what N1 takes from CPU-bound request threads, measured inside one run:
 * a machine whose speed drifts moves it far less than it moves requests per second, and two
 * JVMs need not be compared. It leaves out the collector's work for N1's allocation (measured
 * apart, as bytes per request) and N1's effects on other code (caches, JIT decisions).
 * <p>
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.n1query.benchmarks.N1CpuShare a.jfr [b.jfr …]}
 */
public final class N1CpuShare {

	private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

	/** Libraries N1 calls for its own work: their frames count for whoever called them. */
	private static final List<String> CALLED_BY_N1 = List.of("io.micrometer.", "net.ttddyy.");

	private N1CpuShare() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("Usage: N1CpuShare recording.jfr [more.jfr …]");
			System.exit(2);
		}
		System.out.println("recording | samples | N1's | share (95 % interval) | N1's top frames");
		for (String file : args) {
			report(Path.of(file));
		}
	}

	private static void report(Path file) throws IOException {
		int samples = 0;
		int n1 = 0;
		Map<String, Integer> byFrame = new HashMap<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
				continue;
			}
			samples++;
			String owner = n1Frame(event.getStackTrace());
			if (owner != null) {
				n1++;
				byFrame.merge(owner, 1, Integer::sum);
			}
		}
		double share = (samples > 0) ? (double) n1 / samples : 0;
		double margin = (samples > 0) ? 1.96 * Math.sqrt(share * (1 - share) / samples) : 0;
		StringBuilder top = new StringBuilder();
		byFrame.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(8)
			.forEach((entry) -> top.append(top.isEmpty() ? "" : ", ").append(entry.getKey()).append(' ')
				.append(entry.getValue()));
		System.out.printf("%s | %,d | %,d | %.1f %% (±%.1f) | %s%n", file.getFileName(), samples, n1, 100 * share,
				100 * margin, top);
	}

	/** The N1 method a sample's time belongs to, or {@code null} when it is not N1's. */
	private static String n1Frame(RecordedStackTrace stack) {
		if (stack == null) {
			return null;
		}
		for (RecordedFrame frame : stack.getFrames()) {
			if (frame.getMethod() == null || frame.getMethod().getType() == null) {
				continue;
			}
			String type = frame.getMethod().getType().getName();
			if (startsWithAny(type, JDK) || startsWithAny(type, CALLED_BY_N1)) {
				continue;
			}
			boolean ours = type.startsWith("dev.n1query.") && !type.startsWith("dev.n1query.demo.");
			return ours ? simpleName(type) + "." + frame.getMethod().getName() : null;
		}
		return null;
	}

	private static boolean startsWithAny(String type, List<String> prefixes) {
		for (String prefix : prefixes) {
			if (type.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

}
