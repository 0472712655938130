package dev.n1query.core;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides which requests are analysed: the first {@code minPerSecond} of every second,
 * then a {@code rate} fraction of the rest. A quiet application (development, most
 * production instances) has every request analysed; a busy one pays the analysis for a
 * bounded share. Lock-free: one counter per second, reset by whichever thread sees the
 * second change first (a request counted across the reset only moves the share slightly).
 */
final class RequestSampler {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final double rate;

	private final int minPerSecond;

	private final LongSupplier nanoTime;

	private final AtomicLong second = new AtomicLong(Long.MIN_VALUE);

	private final AtomicInteger takenThisSecond = new AtomicInteger();

	RequestSampler(double rate, int minPerSecond, LongSupplier nanoTime) {
		this.rate = rate;
		this.minPerSecond = minPerSecond;
		this.nanoTime = nanoTime;
	}

	/** Whether the request about to start is analysed. */
	boolean analyse() {
		if (this.rate >= 1) {
			return true;
		}
		if (this.minPerSecond > 0 && takeFromThisSecond()) {
			return true;
		}
		return this.rate > 0 && ThreadLocalRandom.current().nextDouble() < this.rate;
	}

	private boolean takeFromThisSecond() {
		long now = Math.floorDiv(this.nanoTime.getAsLong(), NANOS_PER_SECOND);
		long seen = this.second.get();
		if (now != seen && this.second.compareAndSet(seen, now)) {
			this.takenThisSecond.set(0);
		}
		// Read before incrementing, so a busy second stops counting once it is past the minimum.
		return this.takenThisSecond.get() < this.minPerSecond
				&& this.takenThisSecond.incrementAndGet() <= this.minPerSecond;
	}

}
