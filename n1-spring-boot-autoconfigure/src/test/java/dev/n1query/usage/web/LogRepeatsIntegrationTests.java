package dev.n1query.usage.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportLogger;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 real HTTP requests to a page with an N+1 give one WARN and, once the repeat
 * interval has passed on a clock the test moves, one summary line.
 */
@SpringBootTest(classes = { WebTestApplication.class, LogRepeatsIntegrationTests.ManualClock.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:n1-log-repeats;DB_CLOSE_DELAY=-1")
class LogRepeatsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ManualClock clock;

	@Autowired
	QueryTracker tracker;

	@Autowired
	ReportsById reports;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Logger n1Logger = (Logger) LoggerFactory.getLogger("dev.n1query");

	@BeforeEach
	void captureLog() {
		this.appender.start();
		this.n1Logger.addAppender(this.appender);
	}

	@AfterEach
	void releaseLog() {
		this.n1Logger.detachAppender(this.appender);
	}

	private List<String> warnings() {
		return this.appender.list.stream()
			.filter((event) -> event.getLevel() == Level.WARN)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@Test
	void thousandRequestsToABrokenPageGiveOneWarningAndOneSummary() throws Exception {
		for (int i = 0; i < 1_000; i++) {
			assertThat(Http.get(this.port, "/customers/orders").statusCode()).isEqualTo(200);
		}
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.tracker.openScopes() == 0);
		assertThat(warnings()).singleElement()
			.asString()
			.startsWith("N+1 queries in GET /customers/orders: 5 × [");
		this.clock.nanos.addAndGet(Duration.ofMinutes(6).toNanos());
		this.reports.awaitReport(Http.get(this.port, "/html")); // a later request writes what is due
		assertThat(warnings()).hasSize(2);
		assertThat(warnings().get(1))
			.startsWith("N+1 queries in GET /customers/orders occurred 999 more times in the last ")
			.contains("typically 5 statements (at most 5)");
	}

	/** The repeat interval's clock, moved by the test instead of sleeping. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ManualClock {

		final AtomicLong nanos = new AtomicLong();

		@Bean
		ReportLogger manualClockReportLogger() {
			return new ReportLogger(Duration.ofMinutes(5), 1_000, this.nanos::get);
		}

	}

}
