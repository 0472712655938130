package dev.n1query.core;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first requests of every second are analysed, then a fraction of the rest. */
class RequestSamplerUnitTests {

	private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

	private long analysedOf(RequestSampler sampler, int requests) {
		return IntStream.range(0, requests).filter((i) -> sampler.analyse()).count();
	}

	@Test
	void rateOneAnalysesEveryRequest() {
		assertThat(analysedOf(new RequestSampler(1.0, 0, this.nanos::get), 1_000)).isEqualTo(1_000);
	}

	@Test
	void theFirstRequestsOfEachSecondAreAnalysedThenNoneAtRateZero() {
		RequestSampler sampler = new RequestSampler(0, 10, this.nanos::get);
		assertThat(analysedOf(sampler, 1_000)).isEqualTo(10);
		this.nanos.addAndGet(999_000_000L); // same second
		assertThat(analysedOf(sampler, 100)).isZero();
		this.nanos.addAndGet(1_000_000L); // the next second
		assertThat(analysedOf(sampler, 100)).isEqualTo(10);
		this.nanos.addAndGet(60_000_000_000L); // a minute later
		assertThat(analysedOf(sampler, 3)).isEqualTo(3);
	}

	@Test
	void aNegativeClockWorksToo() {
		this.nanos.set(-1_500_000_000L); // System.nanoTime may be negative
		RequestSampler sampler = new RequestSampler(0, 2, this.nanos::get);
		assertThat(analysedOf(sampler, 10)).isEqualTo(2);
		this.nanos.addAndGet(1_000_000_000L);
		assertThat(analysedOf(sampler, 10)).isEqualTo(2);
	}

	@Test
	void pastTheMinimumTheRateApplies() {
		RequestSampler sampler = new RequestSampler(0.1, 10, this.nanos::get);
		// 10 + Binomial(9,990, 0.1): mean 1,009, standard deviation 30; the bounds are 7 of them away.
		assertThat(analysedOf(sampler, 10_000)).isBetween(800L, 1_220L);
	}

	@Test
	void noMinimumAndRateZeroAnalysesNothing() {
		assertThat(analysedOf(new RequestSampler(0, 0, this.nanos::get), 1_000)).isZero();
	}

}
