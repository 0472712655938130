package dev.n1query.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.n1query.core.Finding;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;

/**
 * Collects, for the suite report, the reports of every scope that closes while a test
 * runs and the statements run outside any scope. Unlike {@link QueryRecording} it opens
 * no scope, so the test runs exactly as without N1's test support.
 */
final class ReportCapture {

	private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final QueryTracker tracker;

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final ScopeReportListener listener = this.reports::add;

	private final long unscopedBefore;

	private final int openBefore;

	private ReportCapture(QueryTracker tracker) {
		this.tracker = tracker;
		this.unscopedBefore = tracker.unscopedStatements();
		this.openBefore = tracker.openScopes();
		tracker.addListener(this.listener);
	}

	static ReportCapture start(QueryTracker tracker) {
		return new ReportCapture(tracker);
	}

	TestQueries stop(String className, String methodName) {
		long deadline = System.nanoTime() + SETTLE_NANOS;
		while (this.tracker.openScopes() > this.openBefore && System.nanoTime() < deadline) {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.tracker.removeListener(this.listener);
		int statements = (int) Math.max(0, this.tracker.unscopedStatements() - this.unscopedBefore);
		List<Finding> nPlusOne = new ArrayList<>();
		List<Finding> duplicates = new ArrayList<>();
		for (ScopeReport report : this.reports) {
			statements += report.queryCount();
			nPlusOne.addAll(report.nPlusOne());
			duplicates.addAll(report.duplicates());
		}
		return new TestQueries(className, methodName, statements, nPlusOne, duplicates);
	}

}
