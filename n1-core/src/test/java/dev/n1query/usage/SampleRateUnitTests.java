package dev.n1query.usage;

import dev.n1query.core.DetectionMode;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.NPlusOneDetectedException;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import dev.n1query.core.StatementType;
import dev.n1query.core.TrackerClocks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code n1.detection.sample-rate}: requests left out are counted exactly but not analysed;
 * jobs and fail mode are always analysed.
 */
class SampleRateUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private QueryTracker tracker(DetectionMode mode, double sampleRate) {
		return tracker(mode, sampleRate, 0);
	}

	// A clock that stands still: the allowance of a test's tracker is its first
	// 10 * minPerSecond requests (10 seconds' worth, saved up), whenever the test runs.
	private QueryTracker tracker(DetectionMode mode, double sampleRate, int minPerSecond) {
		return TrackerClocks.tracker(new DetectionSettings(mode, 3, 500, Safelist.NONE, sampleRate, minPerSecond),
				List.of(this.reports::add), () -> 0L);
	}

	// Requests that run a statement, taking from the allowance; their reports are dropped.
	private void spendAllowance(QueryTracker tracker, int requests) {
		for (int i = 0; i < requests; i++) {
			try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /spent")) {
				tracker.record(StatementExecution.of("select 1"));
				assertThat(scope.isAnalysed()).as("within the allowance").isTrue();
			}
		}
		this.reports.clear();
	}

	// One SELECT per customer (an N+1 of 5), an INSERT and a failing statement.
	private static void runNPlusOne(QueryTracker tracker) {
		tracker.record(new StatementExecution("select * from customer", List.of(), 1_000, 0, 5, true, null, "db"));
		for (int id = 1; id <= 5; id++) {
			tracker.record(new StatementExecution("select * from purchase_order where customer_id = ?", List.of(id),
					100, 0, 2, true, null, "db"));
		}
		tracker.record(new StatementExecution("insert into audit (a) values (?)", List.of("x"), 50, 0, 1, true, null,
				"db"));
		tracker.record(new StatementExecution("select boom", List.of(), 10, 0, -1, false, "Syntax error", "db"));
	}

	@Test
	void aRequestLeftOutIsCountedExactlyButNotAnalysed() {
		QueryTracker tracker = tracker(DetectionMode.LOG, 0);
		try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /customers")) {
			assertThat(scope.isAnalysed()).isFalse();
			assertThat(tracker.current()).isSameAs(scope);
			assertThat(tracker.analysedScope()).isNull();
			runNPlusOne(tracker);
			assertThat(scope.queryCount()).isEqualTo(8);
		}
		ScopeReport report = this.reports.get(0);
		assertThat(report.analysed()).isFalse();
		assertThat(report.queryCount()).isEqualTo(8);
		assertThat(report.queryTimeNanos()).isEqualTo(1_000 + 5 * 100 + 50 + 10);
		assertThat(report.count(StatementType.SELECT)).isEqualTo(7);
		assertThat(report.count(StatementType.INSERT)).isEqualTo(1);
		assertThat(report.failedCount()).isEqualTo(1);
		assertThat(report.statements()).isEmpty();
		assertThat(report.groups()).isEmpty();
		assertThat(report.nPlusOne()).isEmpty();
		assertThat(report.droppedStatements()).isZero();
		assertThat(tracker.unscopedStatements()).isZero();
	}

	@Test
	void anAnalysedRequestFindsTheNPlusOne() {
		QueryTracker tracker = tracker(DetectionMode.LOG, 1);
		try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /customers")) {
			assertThat(tracker.analysedScope()).isSameAs(scope);
			runNPlusOne(tracker);
		}
		ScopeReport report = this.reports.get(0);
		assertThat(report.analysed()).isTrue();
		assertThat(report.queryCount()).isEqualTo(8);
		assertThat(report.statements()).hasSize(8);
		assertThat(report.nPlusOne()).singleElement()
			.satisfies((finding) -> assertThat(finding.count()).isEqualTo(5));
	}

	@Test
	void jobsAreAlwaysAnalysed() {
		QueryTracker tracker = tracker(DetectionMode.LOG, 0);
		try (QueryScope scope = tracker.open("nightly-import")) {
			assertThat(scope.isAnalysed()).isTrue();
			runNPlusOne(tracker);
		}
		assertThat(this.reports.get(0).nPlusOne()).hasSize(1);
	}

	@Test
	void failModeAnalysesEveryRequest() {
		QueryTracker tracker = tracker(DetectionMode.FAIL, 0);
		QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /customers");
		assertThat(scope.isAnalysed()).isTrue();
		runNPlusOne(tracker);
		assertThatExceptionOfType(NPlusOneDetectedException.class).isThrownBy(scope::close);
	}

	@Test
	void theRateIsTheShareOfRequestsAnalysed() {
		QueryTracker tracker = tracker(DetectionMode.LOG, 0.25);
		int analysed = 0;
		for (int i = 0; i < 4_000; i++) {
			try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /")) {
				tracker.record(StatementExecution.of("select 1"));
				analysed += scope.isAnalysed() ? 1 : 0;
			}
		}
		// Binomial(4,000, 0.25): mean 1,000, standard deviation 27; the bounds are 7 of them away.
		assertThat(analysed).isBetween(810, 1_190);
		assertThat(this.reports).allSatisfy((report) -> assertThat(report.queryCount()).isEqualTo(1));
	}

	@Test
	void aStatementAfterItsUnanalysedScopeClosedCountsAsUnscoped() {
		QueryTracker tracker = tracker(DetectionMode.LOG, 0);
		QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /");
		tracker.detach(scope);
		scope.close();
		tracker.attach(scope); // work that outlived its request, still holding the scope
		tracker.record(StatementExecution.of("select 1"));
		assertThat(tracker.unscopedStatements()).isEqualTo(1);
		assertThat(this.reports.get(0).queryCount()).isZero();
	}

	@Test
	void requestsWithoutStatementsTakeNothingFromTheAllowance() {
		QueryTracker tracker = tracker(DetectionMode.LOG, 0, 1);
		spendAllowance(tracker, 9); // one of the 10 left
		for (int i = 0; i < 20; i++) {
			tracker.open(ScopeKind.REQUEST, "GET /styles.css").close(); // no statement: nothing decided
		}
		try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /customers")) {
			runNPlusOne(tracker);
			// The last request of the allowance, left for the first that ran any statement.
			assertThat(scope.isAnalysed()).isTrue();
		}
		try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /customers")) {
			runNPlusOne(tracker);
			assertThat(scope.isAnalysed()).as("past the allowance, at rate 0").isFalse();
		}
		assertThat(this.reports).hasSize(22);
		assertThat(this.reports.subList(0, 20)).allSatisfy((report) -> assertThat(report.analysed()).isTrue());
		assertThat(this.reports.get(20).nPlusOne()).hasSize(1);
		assertThat(this.reports.get(21).analysed()).isFalse();
		assertThat(this.reports.get(21).queryCount()).isEqualTo(8);
	}

	@Test
	void theAnalysedScopeIsFoundWhateverScopesWereLeftOutBefore() throws Exception {
		QueryTracker tracker = tracker(DetectionMode.LOG, 0, 1);
		spendAllowance(tracker, 9); // the next request is the allowance's last
		QueryScope first = tracker.open(ScopeKind.REQUEST, "GET /a");
		assertThat(first.isAnalysed()).isTrue();
		// Left out on another thread, decided before and again after it closes. The future's
		// get() rethrows a failed assertion of that thread here.
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			other.submit(() -> {
				QueryScope leftOut = tracker.open(ScopeKind.REQUEST, "GET /b");
				assertThat(leftOut.isAnalysed()).isFalse();
				assertThat(tracker.analysedScope()).isNull();
				leftOut.close();
				assertThat(leftOut.isAnalysed()).isFalse();
			}).get();
		}
		finally {
			other.shutdown();
		}
		assertThat(tracker.analysedScope()).isSameAs(first);
		first.close();
		assertThat(tracker.analysedScope()).isNull();
		// An undecided scope closed without statements, then a job: still found.
		tracker.open(ScopeKind.REQUEST, "GET /styles.css").close();
		try (QueryScope job = tracker.open("nightly-import")) {
			assertThat(tracker.analysedScope()).isSameAs(job);
		}
		assertThat(tracker.analysedScope()).isNull();
		assertThat(this.reports).hasSize(4);
	}

	@Test
	void anAnalysedScopeIsFoundOnEveryThreadItIsBoundToAndOnNoOther() throws Exception {
		QueryTracker tracker = tracker(DetectionMode.LOG, 0, 1);
		spendAllowance(tracker, 9); // the next request is the allowance's last
		ExecutorService other = Executors.newSingleThreadExecutor();
		try (QueryScope request = tracker.open(ScopeKind.REQUEST, "GET /a")) {
			assertThat(request.isAnalysed()).isTrue();
			other.submit(() -> {
				assertThat(tracker.analysedScope()).as("a thread the scope is not bound to").isNull();
				tracker.attach(request); // async work for the request
				assertThat(tracker.analysedScope()).isSameAs(request);
				tracker.detach(request);
				assertThat(tracker.analysedScope()).isNull();
				// A request left out, on a thread that served the analysed one before.
				tracker.attach(request);
				tracker.detach(request);
				try (QueryScope next = tracker.open(ScopeKind.REQUEST, "GET /b")) {
					// Left out: the clock stands still and the allowance is spent.
					assertThat(next.isAnalysed()).isFalse();
					assertThat(tracker.analysedScope()).isNull();
					assertThat(tracker.analysedScope()).as("the other request's scope").isNotSameAs(request);
				}
			}).get();
			// A job nested in the request, then the request again.
			try (QueryScope job = tracker.open("export")) {
				assertThat(tracker.analysedScope()).isSameAs(job);
			}
			assertThat(tracker.analysedScope()).isSameAs(request);
			// Attached on the thread it is bound to, detached: no longer this thread's.
			tracker.attach(request);
			tracker.detach(request);
			assertThat(tracker.analysedScope()).isNull();
			tracker.attach(request);
			assertThat(tracker.analysedScope()).isSameAs(request);
		}
		finally {
			other.shutdown();
		}
		assertThat(tracker.analysedScope()).isNull();
		// A left-out request attached to another thread, decided there: neither thread has it.
		QueryTracker none = tracker(DetectionMode.LOG, 0);
		QueryScope leftOut = none.open(ScopeKind.REQUEST, "GET /c");
		try {
			other = Executors.newSingleThreadExecutor();
			other.submit(() -> {
				none.attach(leftOut);
				assertThat(none.analysedScope()).isNull();
				none.detach(leftOut);
			}).get();
			assertThat(none.analysedScope()).isNull();
		}
		finally {
			leftOut.close();
			other.shutdown();
		}
	}

	@Test
	void aRateOutsideZeroToOneIsRejected() {
		for (double rate : new double[] { -0.1, 1.5, Double.NaN }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE, rate, 0))
				.withMessageContaining("n1.detection.sample-rate must be between 0 and 1, was " + rate);
		}
	}

}
