package dev.n1query.core;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Trackers whose per-second minimum of analysed requests counts seconds by a clock the
 * test holds: a test that expects "the first request of this second" must not see the
 * wall clock cross into the next second between two requests.
 */
public final class TrackerClocks {

	private TrackerClocks() {
	}

	/**
	 * A tracker whose seconds come from the given clock.
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
