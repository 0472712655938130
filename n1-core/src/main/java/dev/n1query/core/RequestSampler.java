package dev.n1query.core;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides which requests are analysed: an allowance of {@code minPerSecond} requests a
 * second, which quiet seconds save up to {@value #SAVED_SECONDS} seconds' worth, then a
 * {@code rate} fraction of the rest. A quiet application (development, most production
 * instances) has every request analysed, also a page's burst of API calls after a pause; a
 * busy one pays the analysis for a bounded share.
 * <p>
 * The allowance is a token bucket kept as one timestamp (the generic cell rate algorithm):
 * the time at which the requests taken so far would have been paid for at
 * {@code minPerSecond}. A request may be taken while, with it paid for too, that time is at
 * most the saved-up span ahead of now. Lock-free: a busy server's requests only read it, and a request
 * taken moves it on with one compare-and-set.
 */
final class RequestSampler {

	/** How many seconds' worth of the allowance quiet seconds save up. */
	static final int SAVED_SECONDS = 10;

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final double rate;

	// Nanoseconds one request of the allowance stands for; 0 when there is no allowance.
	private final long interval;

	// How far ahead of now the paid-up time may be for a request to be taken: the saved-up
	// span less one request's interval, so that a full allowance holds exactly
	// SAVED_SECONDS * minPerSecond requests.
	private final long tolerance;

	private final LongSupplier nanoTime;

	private final AtomicLong paidUpTo;

	RequestSampler(double rate, int minPerSecond, LongSupplier nanoTime) {
		this.rate = rate;
		this.interval = (minPerSecond > 0) ? Math.max(1, NANOS_PER_SECOND / minPerSecond) : 0;
		this.tolerance = SAVED_SECONDS * NANOS_PER_SECOND - this.interval;
		this.nanoTime = nanoTime;
		this.paidUpTo = new AtomicLong(nanoTime.getAsLong()); // a full allowance from the start
	}

	/** Whether the request about to start is analysed. */
	boolean analyse() {
		if (this.rate >= 1) {
			return true;
		}
		if (this.interval > 0 && takeFromAllowance()) {
			return true;
		}
		return draw();
	}

	/**
	 * Whether the allowance has a request left now, without taking it: only reads, so a busy
	 * server's requests, which find it spent, write nothing shared.
	 */
	boolean hasAllowance() {
		if (this.interval <= 0) {
			return false;
		}
		long now = this.nanoTime.getAsLong();
		return paidFrom(this.paidUpTo.get(), now) - now <= this.tolerance;
	}

	/** The sample rate's draw, for a request the allowance does not cover. */
	boolean draw() {
		return this.rate > 0 && ThreadLocalRandom.current().nextDouble() < this.rate; // nextDouble() < 1: a rate of 1 always draws
	}

	private boolean takeFromAllowance() {
		long now = this.nanoTime.getAsLong();
		while (true) {
			long paid = this.paidUpTo.get();
			long from = paidFrom(paid, now);
			if (from - now > this.tolerance) {
				return false; // spent: a busy server stops here, without writing
			}
			if (this.paidUpTo.compareAndSet(paid, from + this.interval)) {
				return true;
			}
		}
	}

	// The paid-up time, or now where the allowance is full; compared by differences, as
	// System.nanoTime may wrap or be negative.
	private static long paidFrom(long paid, long now) {
		return (paid - now < 0) ? now : paid;
	}

}
