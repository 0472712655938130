package dev.n1query.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;

/**
 * Records everything that runs between {@link #start} and {@link #stop()}: a scope of its
 * own on the current thread, and every other scope closed meanwhile (requests made
 * through MockMvc or to a running server). Stopping waits briefly for requests still in
 * flight on server threads.
 */
final class QueryRecording {

	private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final QueryTracker tracker;

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final ScopeReportListener listener = this.reports::add;

	private final QueryScope scope;

	private final int openBefore;

	private QueryRecording(QueryTracker tracker, String name) {
		this.tracker = tracker;
		this.openBefore = tracker.openScopes();
		tracker.addListener(this.listener);
		this.scope = tracker.open(name);
	}

	static QueryRecording start(QueryTracker tracker, String name) {
		return new QueryRecording(tracker, name);
	}

	RecordedQueries stop() {
		try {
			this.scope.close();
		}
		catch (RuntimeException ex) {
			// fail mode: the assertion reports the N+1 with its own message
		}
		long deadline = System.nanoTime() + SETTLE_NANOS;
		while (this.tracker.openScopes() > this.openBefore && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.tracker.removeListener(this.listener);
		return new RecordedQueries(this.reports);
	}

}
