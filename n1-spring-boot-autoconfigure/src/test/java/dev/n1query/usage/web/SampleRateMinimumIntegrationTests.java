package dev.n1query.usage.web;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code n1.detection.min-analysed-per-second} over real HTTP: static resources take
 * nothing from the minimum, so the first request of the second that reaches a controller
 * is analysed, and the next one, past the minimum of 1 at rate 0, is not.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-sample-minimum;DB_CLOSE_DELAY=-1",
				"n1.detection.sample-rate=0", "n1.detection.min-analysed-per-second=1" })
class SampleRateMinimumIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportsById reports;

	@Test
	void staticResourcesTakeNothingFromTheMinimum() throws Exception {
		Http.get(this.port, "/site.css"); // warm both paths, so that one attempt fits in a second
		Http.get(this.port, "/customers/orders");
		for (int attempt = 0; attempt < 3; attempt++) {
			long second = startOfNextSecond(); // the sampler counts seconds of System.nanoTime
			for (int i = 0; i < 5; i++) {
				HttpResponse<String> css = Http.get(this.port, "/site.css");
				assertThat(css.statusCode()).isEqualTo(200);
				assertThat(css.body()).contains("color");
			}
			HttpResponse<String> first = Http.get(this.port, "/customers/orders");
			HttpResponse<String> next = Http.get(this.port, "/customers/orders");
			if (secondOf(System.nanoTime()) != second) {
				continue; // a slow machine: the second changed on the way, try again
			}
			assertThat(this.reports.awaitReport(first).analysed()).isTrue();
			assertThat(this.reports.awaitReport(next).analysed()).isFalse();
			assertThat(this.reports.awaitReport(next).queryCount()).isEqualTo(5);
			return;
		}
		throw new AssertionError("no attempt of 7 requests fitted in one second");
	}

	private static long startOfNextSecond() throws InterruptedException {
		long next = secondOf(System.nanoTime()) + 1;
		long wait = next * 1_000_000_000L - System.nanoTime();
		TimeUnit.NANOSECONDS.sleep(wait + 1_000_000L);
		return next;
	}

	private static long secondOf(long nanos) {
		return Math.floorDiv(nanos, 1_000_000_000L);
	}

}
