package dev.n1query.core;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Trackers whose allowance of analysed requests is kept by a clock the test holds: with a
 * clock that stands still, the allowance neither refills nor saves up while a test runs.
 */
public final class TrackerClocks {

	private TrackerClocks() {
	}

	/**
	 * A tracker whose allowance is kept by the given clock.
	 * @param settings how scopes are analysed
	 * @param listeners who receives reports
	 * @param nanoTime the clock, in nanoseconds
	 * @return the tracker
	 */
	public static QueryTracker tracker(DetectionSettings settings, List<ScopeReportListener> listeners,
			LongSupplier nanoTime) {
		return new QueryTracker(settings, new CallSiteResolver(), List.of(), listeners, List.of(), nanoTime);
	}

}
