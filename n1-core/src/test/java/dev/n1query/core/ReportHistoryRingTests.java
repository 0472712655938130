package dev.n1query.core;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's ring when a thread stalls between taking its slot and writing it. */
class ReportHistoryRingTests {

	private final List<ScopeReport> reports = new ArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of(this.reports::add));

	private ScopeReport report() {
		try (QueryScope scope = this.tracker.open("unit of work")) {
			this.tracker.record(StatementExecution.of("select * from parent"));
		}
		return this.reports.get(this.reports.size() - 1);
	}

	@Test
	void aStalledWriterDoesNotOverwriteANewerReport() {
		ReportHistory history = new ReportHistory(1);
		ScopeReport stalled = report();
		long stalledSequence = history.reports.reserve(); // takes its slot, then stalls
		ScopeReport newer = report();
		history.onReport(newer); // same slot of a ring of one, a later sequence
		history.reports.write(stalledSequence, stalled); // the stalled thread goes on
		assertThat(history.recent()).containsExactly(newer);
		assertThat(history.find(newer.id())).contains(newer);
	}

	@Test
	void aStalledWriterStillFillsItsSlotWhenNothingNewerCame() {
		ReportHistory history = new ReportHistory(2);
		ScopeReport stalled = report();
		long stalledSequence = history.reports.reserve();
		ScopeReport newer = report();
		history.onReport(newer);
		assertThat(history.recent()).as("not written yet").containsExactly(newer);
		history.reports.write(stalledSequence, stalled);
		assertThat(history.recent()).containsExactly(newer, stalled);
	}

	@Test
	void aReportTakenBeforeAClearStaysHiddenWhenWrittenAfterIt() {
		ReportHistory history = new ReportHistory(10);
		List<ScopeReport> added = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			added.add(report());
			history.onReport(added.get(i));
		}
		long lateSequence = history.reports.reserve(); // taken before the clear, written after it
		history.clear();
		history.reports.write(lateSequence, report());
		history.clear(); // a second clear with nothing new since keeps it hidden
		assertThat(history.recent()).isEmpty();
		ScopeReport after = report();
		history.onReport(after);
		assertThat(history.recent()).containsExactly(after);
	}

}
