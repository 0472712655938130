package dev.n1query.usage.web;

import java.net.http.HttpResponse;

import dev.n1query.core.ScopeReport;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code n1.detection.min-analysed-per-second} over real HTTP: an allowance of 1 request a
 * second, saved up to 10 at start-up and over quiet seconds, is analysed at rate 0; the
 * next request is counted only. Static resources take nothing from it.
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
	void aBurstOfTheSavedUpAllowanceIsAnalysedAndStaticResourcesTakeNothingFromIt() throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> warm = Http.get(this.port, "/customers/orders"); // takes one of the 10
		assertThat(this.reports.awaitReport(warm).analysed()).isTrue();
		for (int i = 0; i < 30; i++) { // three times the allowance
			HttpResponse<String> css = Http.get(this.port, "/site.css");
			assertThat(css.statusCode()).isEqualTo(200);
			assertThat(css.body()).contains("color");
		}
		int analysed = 0;
		ScopeReport countedOnly = null;
		for (int i = 0; i < 60 && countedOnly == null; i++) {
			ScopeReport report = this.reports.awaitReport(Http.get(this.port, "/customers/orders"));
			if (report.analysed()) {
				analysed++;
			}
			else {
				countedOnly = report;
			}
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		// The 9 left, and 1 more for each second the requests took: had the stylesheets taken
		// any, fewer than 9 (unless they took 9 seconds); a larger burst, more.
		assertThat(analysed).isBetween(9, 10 + (int) seconds);
		assertThat(countedOnly).as("a request past the allowance").isNotNull();
		assertThat(countedOnly.queryCount()).isEqualTo(5);
		assertThat(countedOnly.nPlusOne()).isEmpty();
	}

}
