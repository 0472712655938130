package dev.n1query.usage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionMode;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.NPlusOneDetectedException;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportLogger;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.StatementExecution;
import dev.n1query.core.TrackerClocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The log's repeat summaries: real scopes analysed by a real tracker, a clock the test
 * moves (no sleeping), and the lines logback receives.
 */
class ReportLoggerUnitTests {

	private static final Duration INTERVAL = Duration.ofMinutes(5);

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Logger n1Logger = (Logger) LoggerFactory.getLogger("dev.n1query");

	private ReportLogger reportLogger = new ReportLogger(INTERVAL, 1_000, this.clock::get);

	private QueryTracker tracker = tracker(DetectionMode.LOG);

	@BeforeEach
	void captureLog() {
		this.appender.start();
		this.n1Logger.addAppender(this.appender);
		this.n1Logger.setLevel(Level.INFO);
	}

	@AfterEach
	void releaseLog() {
		this.n1Logger.detachAppender(this.appender);
		this.n1Logger.setLevel(null);
	}

	private QueryTracker tracker(DetectionMode mode) {
		DetectionSettings settings = new DetectionSettings(mode, 3, 500, Safelist.NONE);
		return new QueryTracker(settings, new CallSiteResolver(), List.of(), List.of(this.reportLogger));
	}

	private void brokenPage(String route, String table, int items) {
		try (QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET " + route)) {
			scope.describeRequest("GET", route, route, 200);
			this.tracker.record(StatementExecution.of("select * from customer"));
			for (int id = 1; id <= items; id++) {
				this.tracker.record(StatementExecution.of("select * from " + table + " where customer_id = ?", id));
			}
		}
	}

	private void fixedPage() {
		try (QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET /fixed")) {
			scope.describeRequest("GET", "/fixed", "/fixed", 200);
			this.tracker.record(StatementExecution.of("select * from customer"));
		}
	}

	private List<String> lines() {
		return this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	private List<String> warnings() {
		return this.appender.list.stream()
			.filter((event) -> event.getLevel() == Level.WARN)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@Test
	void thousandRequestsToABrokenPageGiveOneWarningAndOneSummary() {
		for (int i = 0; i < 1_000; i++) {
			brokenPage("/customers", "orders", 10);
			this.clock.addAndGet(Duration.ofMillis(100).toNanos()); // 100 s in all: within the interval
		}
		assertThat(warnings()).singleElement().asString().startsWith("N+1 queries in GET /customers: 10 × [");
		this.clock.addAndGet(INTERVAL.toNanos());
		fixedPage(); // any later scope writes the summaries that are due
		assertThat(warnings()).hasSize(2);
		assertThat(warnings().get(1)).startsWith("N+1 queries in GET /customers occurred 999 more times in the last ")
			.contains("typically 10 statements (at most 10)")
			.contains("[select * from orders where customer_id = ?]")
			.contains("from ReportLoggerUnitTests.brokenPage(ReportLoggerUnitTests.java:");
		fixedPage();
		assertThat(warnings()).hasSize(2);
	}

	@Test
	void atTheDefaultSampleRateTheFirstRequestAfterAQuietIntervalWritesTheSummariesDue() {
		// The defaults: 0.2 % of requests past an allowance of 2 a second. Requests only counted
		// never reach the log, so summaries ride on analysed ones; after a quiet spell the
		// allowance is full again, so the next request is analysed and writes them.
		this.tracker = TrackerClocks.tracker(new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE, 0.002, 2),
				List.of(this.reportLogger), this.clock::get);
		brokenPage("/customers", "orders", 10); // the allowance's two requests: logged in full,
		brokenPage("/customers", "orders", 10); // then counted as a repeat
		assertThat(warnings()).singleElement().asString().startsWith("N+1 queries in GET /customers: 10 × [");
		this.clock.addAndGet(INTERVAL.toNanos());
		fixedPage();
		assertThat(warnings()).hasSize(2);
		assertThat(warnings().get(1)).startsWith("N+1 queries in GET /customers occurred 1 more time in the last 5 min,");
	}

	@Test
	void requestsToOneRouteWithDifferentIdsAreOneFinding() {
		for (int id = 1; id <= 50; id++) {
			try (QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET /owners/" + id + "/pets")) {
				scope.describeRequest("GET", "/owners/{id}/pets", "/owners/" + id + "/pets", 200);
				for (int pet = 1; pet <= 5; pet++) {
					this.tracker.record(StatementExecution.of("select * from visit where pet_id = ?", pet));
				}
			}
		}
		assertThat(warnings()).singleElement().asString().startsWith("N+1 queries in GET /owners/1/pets (/owners/{id}/pets): 5 × [");
		this.clock.addAndGet(INTERVAL.toNanos());
		fixedPage();
		assertThat(warnings()).hasSize(2);
		assertThat(warnings().get(1)).startsWith("N+1 queries in GET /owners/{id}/pets occurred 49 more times");
	}

	@Test
	void aNewFindingIsLoggedAtOnceWhileAnotherIsSummarised() {
		brokenPage("/customers", "orders", 10);
		brokenPage("/customers", "orders", 10);
		brokenPage("/customers", "invoices", 10);
		brokenPage("/authors", "orders", 10);
		assertThat(warnings()).hasSize(3)
			.anySatisfy((line) -> assertThat(line).startsWith("N+1 queries in GET /customers: 10 × [select * from orders"))
			.anySatisfy((line) -> assertThat(line).startsWith("N+1 queries in GET /customers: 10 × [select * from invoices"))
			.anySatisfy((line) -> assertThat(line).startsWith("N+1 queries in GET /authors: 10 × [select * from orders"));
	}

	@Test
	void aFindingThatStoppedIsForgottenAndLoggedInFullWhenItReturns() {
		brokenPage("/customers", "orders", 10);
		this.clock.addAndGet(INTERVAL.toNanos());
		fixedPage(); // no repeat in the interval: no summary, the finding is forgotten
		assertThat(warnings()).hasSize(1);
		assertThat(this.reportLogger.knownFindings()).isZero();
		brokenPage("/customers", "orders", 12);
		assertThat(warnings()).hasSize(2);
		assertThat(warnings().get(1)).startsWith("N+1 queries in GET /customers: 12 × [");
	}

	@Test
	void typicalCountIsTheMeanOfTheRepeats() {
		brokenPage("/customers", "orders", 10);
		brokenPage("/customers", "orders", 4);
		brokenPage("/customers", "orders", 8);
		this.reportLogger.close(); // shutdown writes pending summaries
		assertThat(warnings()).hasSize(2);
		assertThat(warnings().get(1)).contains("occurred 2 more times").contains("typically 6 statements (at most 8)");
	}

	@Test
	void tableStaysBoundedUnderHundredThousandDistinctShapes() {
		this.reportLogger = new ReportLogger(INTERVAL, 1_000, this.clock::get);
		this.tracker = tracker(DetectionMode.LOG);
		// 100,000 full lines go nowhere (printing them would only slow the test)
		this.n1Logger.detachAppender(this.appender);
		this.n1Logger.setAdditive(false);
		try {
			for (int shape = 0; shape < 100_000; shape++) {
				brokenPage("/customers", "orders_" + shape, 3);
			}
		}
		finally {
			this.n1Logger.setAdditive(true);
			this.n1Logger.addAppender(this.appender);
		}
		assertThat(this.reportLogger.knownFindings()).isEqualTo(1_000);
		brokenPage("/customers", "orders_99999", 3); // still known: a repeat
		assertThat(lines()).isEmpty();
		brokenPage("/customers", "orders_0", 3); // evicted long ago: logged in full again
		assertThat(warnings()).singleElement().asString().contains("orders_0 ");
		assertThat(this.reportLogger.knownFindings()).isEqualTo(1_000);
	}

	@Test
	void duplicatesAreSummarisedAtInfo() {
		for (int i = 0; i < 5; i++) {
			try (QueryScope scope = this.tracker.open("import")) {
				this.tracker.record(StatementExecution.of("select * from settings where id = ?", 1));
				this.tracker.record(StatementExecution.of("select * from settings where id = ?", 1));
			}
		}
		assertThat(lines()).singleElement().asString().startsWith("Duplicate queries in import: 2 × [");
		this.reportLogger.close();
		assertThat(this.appender.list).hasSize(2);
		assertThat(this.appender.list.get(1).getLevel()).isEqualTo(Level.INFO);
		assertThat(lines().get(1)).startsWith("Duplicate queries in import occurred 4 more times");
	}

	@Test
	void zeroIntervalLogsEveryOccurrence() {
		this.reportLogger = new ReportLogger(Duration.ZERO, 1_000, this.clock::get);
		this.tracker = tracker(DetectionMode.LOG);
		for (int i = 0; i < 3; i++) {
			brokenPage("/customers", "orders", 10);
		}
		assertThat(warnings()).hasSize(3);
	}

	@Test
	void failModeStillThrowsOnEveryRepeat() {
		this.tracker = tracker(DetectionMode.FAIL);
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(NPlusOneDetectedException.class)
				.isThrownBy(() -> brokenPage("/customers", "orders", 10));
		}
		assertThat(warnings()).hasSize(1);
	}

}
