package dev.n1query.core;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's count of scopes that are or may yet be analysed: every entity load and every
 * property a response reads asks {@link QueryTracker#analysedScope()}, which answers at once
 * while the count is 0. Under load (the allowance spent) a request the sample rate leaves out
 * must therefore never enter it, not even until its first statement.
 */
class AnalysableScopesUnitTests {

	// A clock that stands still: the allowance is the first 10 * minPerSecond requests.
	private static QueryTracker tracker(double sampleRate, int minPerSecond) {
		return TrackerClocks.tracker(new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE, sampleRate,
				minPerSecond), List.of(), () -> 0L);
	}

	private static void spendAllowance(QueryTracker tracker, int requests) {
		for (int i = 0; i < requests; i++) {
			try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /spent")) {
				tracker.record(StatementExecution.of("select 1"));
				assertThat(scope.isAnalysed()).as("within the allowance").isTrue();
			}
		}
	}

	@Test
	void aRequestOpenedOnceTheAllowanceIsSpentIsCountedFromItsStart() {
		QueryTracker tracker = tracker(0, 1);
		spendAllowance(tracker, 10);
		try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /busy")) {
			assertThat(tracker.analysableScopes()).isZero();
			assertThat(tracker.analysedScope()).isNull();
			tracker.record(StatementExecution.of("select 2"));
			assertThat(scope.isAnalysed()).isFalse();
			assertThat(tracker.analysableScopes()).isZero();
		}
		assertThat(tracker.analysableScopes()).isZero();
	}

	@Test
	void aRequestOpenedWhileTheAllowanceLastsIsAnalysableUntilItsFirstStatementDecides() {
		QueryTracker tracker = tracker(0, 1);
		try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /quiet")) {
			assertThat(tracker.analysableScopes()).isOne();
			tracker.record(StatementExecution.of("select 1"));
			assertThat(scope.isAnalysed()).isTrue();
			assertThat(tracker.analysableScopes()).isOne();
		}
		assertThat(tracker.analysableScopes()).isZero();
	}

	@Test
	void aRequestTheRateDrawsOnceTheAllowanceIsSpentIsAnalysed() {
		// Below 1, so requests are sampled; a draw fails only for nextDouble() >= 1 - 2^-52 (one in 2^52).
		QueryTracker tracker = tracker(1.0 - Math.ulp(1.0), 1);
		spendAllowance(tracker, 10);
		assertAnalysableWhileOpen(tracker, () -> tracker.open(ScopeKind.REQUEST, "GET /drawn"));
	}

	@Test
	void jobsAreAnalysableWhateverTheAllowance() {
		QueryTracker tracker = tracker(0, 1);
		spendAllowance(tracker, 10);
		assertAnalysableWhileOpen(tracker, () -> tracker.open("nightly-import"));
	}

	private static void assertAnalysableWhileOpen(QueryTracker tracker, Supplier<QueryScope> opener) {
		try (QueryScope scope = opener.get()) {
			assertThat(tracker.analysableScopes()).isOne();
			assertThat(tracker.analysedScope()).isSameAs(scope);
		}
		assertThat(tracker.analysableScopes()).isZero();
	}

}
