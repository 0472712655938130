package dev.n1query.usage.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingStream;

/**
 * Records JFR's {@code jdk.VirtualThreadPinned} events (every one: no duration threshold)
 * and keeps those whose stack passes through N1's code: a virtual thread that parked while
 * pinned inside N1 (a lock held across blocking work) would show up here.
 */
final class VirtualThreadPinning implements AutoCloseable {

	private final RecordingStream stream = new RecordingStream();

	private final List<String> pinnedInN1 = new CopyOnWriteArrayList<>();

	private volatile int events;

	VirtualThreadPinning() {
		this.stream.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
		this.stream.onEvent("jdk.VirtualThreadPinned", this::onPinned);
		this.stream.startAsync();
	}

	private void onPinned(RecordedEvent event) {
		this.events++;
		if (event.getStackTrace() == null) {
			return;
		}
		for (RecordedFrame frame : event.getStackTrace().getFrames()) {
			if (frame.getMethod().getType().getName().startsWith("dev.n1query.")
					&& !frame.getMethod().getType().getName().startsWith("dev.n1query.usage.")) {
				this.pinnedInN1.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
				return;
			}
		}
	}

	/** Pinned events whose stack went through N1 (not its tests), so far. */
	List<String> pinnedInN1() {
		return List.copyOf(this.pinnedInN1);
	}

	/** All pinned events seen, N1's or not. */
	int events() {
		return this.events;
	}

	@Override
	public void close() {
		this.stream.close();
	}

}
