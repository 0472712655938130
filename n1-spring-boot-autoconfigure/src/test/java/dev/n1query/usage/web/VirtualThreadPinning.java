package dev.n1query.usage.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records JFR's {@code jdk.VirtualThreadPinned} events (every one: no duration threshold)
 * and keeps those whose stack passes through N1's code: a virtual thread that parked while
 * pinned inside N1 (a lock held across blocking work) would show up here.
 */
final class VirtualThreadPinning implements AutoCloseable {

	private final RecordingStream stream = new RecordingStream();

	private final List<String> pinnedInN1 = new CopyOnWriteArrayList<>();

	VirtualThreadPinning() {
		this.stream.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
		this.stream.onEvent("jdk.VirtualThreadPinned", this::onPinned);
		this.stream.startAsync();
	}

	private void onPinned(RecordedEvent event) {
		if (event.getStackTrace() == null) {
			return;
		}
		for (RecordedFrame frame : event.getStackTrace().getFrames()) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("dev.n1query.") && !type.startsWith("dev.n1query.usage.")) {
				this.pinnedInN1.add(type + "." + frame.getMethod().getName());
				return;
			}
		}
	}

	/**
	 * Pinned events whose stack went through N1 (not its tests). Stops the recording first:
	 * JFR hands events to the stream about once a second, so without that the last ones
	 * would never be seen. {@code RecordingStream.stop()} (Java 20+, found reflectively as
	 * this compiles for Java 17) delivers every recorded event before it returns.
	 */
	List<String> pinnedInN1() throws Exception {
		RecordingStream.class.getMethod("stop").invoke(this.stream);
		return List.copyOf(this.pinnedInN1);
	}

	@Override
	public void close() {
		this.stream.close();
	}

	/** Watches a whole test class and fails it when a virtual thread was pinned inside N1. */
	static final class Check implements BeforeAllCallback, AfterAllCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Check.class);

		@Override
		public void beforeAll(ExtensionContext context) {
			context.getStore(NAMESPACE).put("watch", new VirtualThreadPinning());
		}

		@Override
		public void afterAll(ExtensionContext context) throws Exception {
			try (VirtualThreadPinning watch = context.getStore(NAMESPACE).remove("watch", VirtualThreadPinning.class)) {
				assertThat(watch.pinnedInN1()).as("virtual threads pinned inside N1").isEmpty();
			}
		}

	}

}
