package dev.n1query.core;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An allowance of requests per second, saved up over quiet seconds to 10 seconds' worth,
 * is analysed; then a fraction of the rest.
 */
class RequestSamplerUnitTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong nanos = new AtomicLong(5 * SECOND);

	private long analysedOf(RequestSampler sampler, int requests) {
		return IntStream.range(0, requests).filter((i) -> sampler.analyse()).count();
	}

	@Test
	void rateOneAnalysesEveryRequest() {
		assertThat(analysedOf(new RequestSampler(1.0, 0, this.nanos::get), 1_000)).isEqualTo(1_000);
	}

	@Test
	void aQuietApplicationHasABurstOfTenSecondsWorthAnalysedThenTheAllowancePerSecond() {
		RequestSampler sampler = new RequestSampler(0, 10, this.nanos::get);
		assertThat(analysedOf(sampler, 1_000)).as("a burst at start-up").isEqualTo(100);
		this.nanos.addAndGet(999_000_000L); // 9.99 requests' worth later
		assertThat(analysedOf(sampler, 100)).isEqualTo(9);
		this.nanos.addAndGet(1_000_000L);
		assertThat(analysedOf(sampler, 100)).isEqualTo(1);
		this.nanos.addAndGet(3 * SECOND); // three quiet seconds save up 30
		assertThat(analysedOf(sampler, 100)).isEqualTo(30);
		this.nanos.addAndGet(60 * SECOND); // a quiet minute saves up no more than ten seconds' worth
		assertThat(analysedOf(sampler, 1_000)).isEqualTo(100);
	}

	@Test
	void aSteadyLoadHasTheAllowancePerSecondAnalysedOnAverage() {
		RequestSampler sampler = new RequestSampler(0, 2, this.nanos::get);
		long analysed = 0;
		for (int millisecond = 0; millisecond < 60_000; millisecond++) { // a minute at 1,000 requests a second
			this.nanos.addAndGet(1_000_000L);
			analysed += analysedOf(sampler, 1);
		}
		assertThat(analysed).as("the 20 saved up, then 2 a second").isBetween(139L, 141L);
	}

	@Test
	void aNegativeClockWorksToo() {
		this.nanos.set(-1_500_000_000L); // System.nanoTime may be negative
		RequestSampler sampler = new RequestSampler(0, 2, this.nanos::get);
		assertThat(analysedOf(sampler, 100)).isEqualTo(20);
		this.nanos.addAndGet(SECOND);
		assertThat(analysedOf(sampler, 10)).isEqualTo(2);
		this.nanos.set(Long.MAX_VALUE - SECOND / 4); // and wrap around
		sampler = new RequestSampler(0, 2, this.nanos::get);
		assertThat(analysedOf(sampler, 100)).isEqualTo(20);
		this.nanos.addAndGet(SECOND); // past Long.MAX_VALUE: negative
		assertThat(analysedOf(sampler, 10)).isEqualTo(2);
	}

	@Test
	void threadsTakingAtOnceShareTheAllowanceExactly() throws Exception {
		RequestSampler sampler = new RequestSampler(0, 50, this.nanos::get);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			// The threads meet before every 10 requests, so that they take from the allowance together.
			CyclicBarrier together = new CyclicBarrier(4);
			Callable<Long> requests = () -> {
				long analysed = 0;
				for (int batch = 0; batch < 200; batch++) {
					together.await(10, TimeUnit.SECONDS);
					analysed += analysedOf(sampler, 10);
				}
				return analysed;
			};
			List<Future<Long>> taken = List.of(threads.submit(requests), threads.submit(requests),
					threads.submit(requests), threads.submit(requests));
			long total = 0;
			for (Future<Long> each : taken) {
				total += each.get();
			}
			assertThat(total).isEqualTo(500);
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void askingWhetherTheAllowanceLastsTakesNothingFromIt() {
		RequestSampler sampler = new RequestSampler(0, 2, this.nanos::get);
		for (int i = 0; i < 100; i++) {
			assertThat(sampler.hasAllowance()).isTrue();
		}
		assertThat(analysedOf(sampler, 100)).isEqualTo(20);
		assertThat(sampler.hasAllowance()).isFalse();
		this.nanos.addAndGet(SECOND / 2);
		assertThat(sampler.hasAllowance()).isTrue();
		assertThat(analysedOf(sampler, 10)).isEqualTo(1);
		assertThat(new RequestSampler(0.5, 0, this.nanos::get).hasAllowance()).isFalse();
	}

	@Test
	void theDrawAnalysesTheRatesShare() {
		assertThat(IntStream.range(0, 1_000).filter((i) -> new RequestSampler(0, 2, this.nanos::get).draw()).count())
			.isZero();
		RequestSampler sampler = new RequestSampler(0.1, 2, this.nanos::get);
		// Binomial(10,000, 0.1): mean 1,000, standard deviation 30; the bounds are 7 of them away.
		assertThat(IntStream.range(0, 10_000).filter((i) -> sampler.draw()).count()).isBetween(790L, 1_210L);
	}

	@Test
	void pastTheAllowanceTheRateApplies() {
		RequestSampler sampler = new RequestSampler(0.1, 10, this.nanos::get);
		// 100 + Binomial(9,900, 0.1): mean 1,090, standard deviation 30; the bounds are 7 of them away.
		assertThat(analysedOf(sampler, 10_000)).isBetween(880L, 1_300L);
	}

	@Test
	void noAllowanceAndRateZeroAnalysesNothing() {
		assertThat(analysedOf(new RequestSampler(0, 0, this.nanos::get), 1_000)).isZero();
	}

}
