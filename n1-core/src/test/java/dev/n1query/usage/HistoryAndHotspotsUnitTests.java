package dev.n1query.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.FindingKind;
import dev.n1query.core.Hotspots;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded history of reports and the bounded aggregate of findings. */
class HistoryAndHotspotsUnitTests {

	private final ReportHistory history = new ReportHistory(3);

	private final Hotspots hotspots = new Hotspots(2);

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of(this.history, this.hotspots));

	private String request(String route, int lookups, String table) {
		try (QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET " + route)) {
			scope.describeRequest("GET", route, route, 200);
			this.tracker.record(StatementExecution.of("select * from parent"));
			for (int i = 0; i < lookups; i++) {
				this.tracker.record(StatementExecution.of("select * from " + table + " where parent_id = ?", i));
			}
			return scope.id();
		}
	}

	@Test
	void historyKeepsTheNewestFirstAndEvictsTheOldest() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(request("/r" + i, 0, "t"));
		}
		assertThat(this.history.recent()).extracting(ScopeReport::id).containsExactly(ids.get(4), ids.get(3), ids.get(2));
		assertThat(this.history.find(ids.get(0))).isEmpty();
		assertThat(this.history.find(ids.get(4))).isPresent();
		this.history.clear();
		assertThat(this.history.size()).isZero();
	}

	@Test
	void historyStaysBoundedWhileThreadsAddAndClearTogether() throws Exception {
		ReportHistory shared = new ReportHistory(100);
		QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(shared));
		int threads = 4;
		CyclicBarrier together = new CyclicBarrier(threads);
		AtomicInteger mostHeld = new AtomicInteger();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			workers.add(new Thread(() -> {
				for (int i = 0; i < 5_000; i++) {
					if (i % 500 == 0) {
						await(together);
						if (thread == 0 && i % 1_000 == 0) {
							shared.clear();
						}
					}
					try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /r")) {
						tracker.record(StatementExecution.of("select * from parent"));
					}
					mostHeld.accumulateAndGet(shared.size(), Math::max);
				}
			}));
		}
		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join(60_000);
			assertThat(worker.isAlive()).isFalse();
		}
		assertThat(mostHeld.get()).as("never more than its capacity").isEqualTo(100);
		assertThat(shared.size()).isEqualTo(100);
		List<String> last = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /last")) {
				tracker.record(StatementExecution.of("select * from parent"));
				last.add(0, scope.id());
			}
		}
		assertThat(shared.recent()).extracting(ScopeReport::id).containsExactlyElementsOf(last);
		assertThat(shared.size()).isEqualTo(100);
		shared.clear();
		assertThat(shared.size()).isZero();
		assertThat(shared.recent()).isEmpty();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void scopesWithoutStatementsAreNotKept() {
		try (QueryScope scope = this.tracker.open("idle")) {
			// no statement
		}
		assertThat(this.history.recent()).isEmpty();
	}

	@Test
	void scopesWithoutStatementsAreFoundByIdButNotListed() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			try (QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET /idle")) {
				scope.describeRequest("GET", "/idle", "/idle", 200);
				ids.add(scope.id());
			}
		}
		String busy = request("/busy", 0, "t");
		assertThat(this.history.recent()).extracting(ScopeReport::id).containsExactly(busy);
		assertThat(this.history.find(ids.get(4))).hasValueSatisfying((report) -> {
			assertThat(report.queryCount()).isZero();
			assertThat(report.uri()).isEqualTo("/idle");
		});
		assertThat(this.history.find(ids.get(0))).as("bounded like the rest").isEmpty();
		this.history.clear();
		assertThat(this.history.find(ids.get(4))).isEmpty();
	}

	@Test
	void hotspotsCountScopesSeenAndScopesWithTheFinding() {
		request("/orders", 5, "line");
		request("/orders", 2, "line"); // same group, below the threshold
		request("/orders", 4, "line");
		assertThat(this.hotspots.ranked()).singleElement().satisfies((hotspot) -> {
			assertThat(hotspot.kind()).isEqualTo(FindingKind.N_PLUS_ONE);
			assertThat(hotspot.uri()).isEqualTo("/orders");
			assertThat(hotspot.scopesSeen()).isEqualTo(3);
			assertThat(hotspot.scopesWithFinding()).isEqualTo(2);
			assertThat(hotspot.worstCount()).isEqualTo(5);
		});
	}

	@Test
	void hotspotsAreBoundedAndEvictTheLeastRelevant() {
		request("/a", 3, "a");
		request("/a", 3, "a");
		request("/b", 3, "b");
		request("/c", 3, "c"); // evicts /b: fewer findings than /a, and older than /c
		assertThat(this.hotspots.size()).isEqualTo(2);
		assertThat(this.hotspots.ranked()).extracting(Hotspots.Hotspot::uri).containsExactly("/a", "/c");
	}

}
