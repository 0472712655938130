package dev.n1query.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The most recent scope reports, newest first, at most {@code capacity} of them: what the
 * actuator endpoint and the development panel show. Adding a report evicts the oldest.
 * Scopes that ran no statement at all (static resources, health checks, the endpoint
 * itself, a request whose work all ran on other threads) are not listed, but the most
 * recent of them, up to the same capacity, can still be {@link #find found} by id.
 */
public final class ReportHistory implements ScopeReportListener {

	private final int capacity;

	private final ArrayDeque<ScopeReport> reports;

	// Scopes without statements: found by id, never listed (they would crowd out the rest).
	private final ArrayDeque<ScopeReport> emptyReports;

	/**
	 * Creates a history.
	 * @param capacity how many reports to keep; 0 keeps none
	 */
	public ReportHistory(int capacity) {
		if (capacity < 0) {
			throw new IllegalArgumentException("n1.history.size must not be negative, was " + capacity);
		}
		this.capacity = capacity;
		this.reports = new ArrayDeque<>(Math.min(capacity, 1024));
		this.emptyReports = new ArrayDeque<>(Math.min(capacity, 1024));
	}

	@Override
	public synchronized void onReport(ScopeReport report) {
		if (this.capacity == 0) {
			return;
		}
		ArrayDeque<ScopeReport> kept = (report.queryCount() == 0) ? this.emptyReports : this.reports;
		kept.addFirst(report);
		while (kept.size() > this.capacity) {
			kept.removeLast();
		}
	}

	/** The reports, newest first. */
	public synchronized List<ScopeReport> recent() {
		return new ArrayList<>(this.reports);
	}

	/**
	 * Finds a report by its id.
	 * @param id the scope's id
	 * @return the report, if still in the history
	 */
	public synchronized Optional<ScopeReport> find(String id) {
		Optional<ScopeReport> found = find(this.reports, id);
		return found.isPresent() ? found : find(this.emptyReports, id);
	}

	private static Optional<ScopeReport> find(ArrayDeque<ScopeReport> reports, String id) {
		for (Iterator<ScopeReport> it = reports.iterator(); it.hasNext();) {
			ScopeReport report = it.next();
			if (report.id().equals(id)) {
				return Optional.of(report);
			}
		}
		return Optional.empty();
	}

	/** How many reports are kept. */
	public synchronized int size() {
		return this.reports.size();
	}

	/** Forgets every report. */
	public synchronized void clear() {
		this.reports.clear();
		this.emptyReports.clear();
	}

}
