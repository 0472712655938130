package dev.n1query.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings aggregated across scopes since start (or since {@link #clear()}), per route,
 * fingerprint and call site: how many scopes ran the statement group, in how many it was
 * an N+1 (or a duplicate), the worst count and when it was last seen. A place enters
 * the aggregate with its first finding; at most {@code capacity} places are kept, and
 * when full the least relevant (fewest findings, then least recently seen) is evicted.
 */
public final class Hotspots implements ScopeReportListener {

	/**
	 * One place where a finding happened.
	 *
	 * @param kind N+1 or duplicate
	 * @param method the HTTP method, {@code null} for a job
	 * @param uri the route template, or the job's name
	 * @param sql the fingerprint
	 * @param callSite where the statements came from
	 * @param scopesSeen scopes on this route or job that ran this statement group
	 * @param scopesWithFinding of those, the scopes where it was reported
	 * @param worstCount the most executions in one scope
	 * @param lastSeen when it was last seen
	 */
	public record Hotspot(FindingKind kind, String method, String uri, String sql, String callSite, long scopesSeen,
			long scopesWithFinding, int worstCount, Instant lastSeen) {
	}

	private record Key(FindingKind kind, String method, String uri, String sql, String callSite) {
	}

	private static final class Tally {

		long seen;

		long withFinding;

		int worst;

		Instant lastSeen;

	}

	private final int capacity;

	private final Map<Key, Tally> tallies = new HashMap<>();

	/**
	 * Creates an aggregate.
	 * @param capacity how many places to keep
	 */
	public Hotspots(int capacity) {
		this.capacity = capacity;
	}

	// A request only counted has no groups: nothing to tally.
	@Override
	public boolean wantsCountedReports() {
		return false;
	}

	@Override
	public void onReport(ScopeReport report) {
		if (this.capacity <= 0 || !report.analysed()) {
			return; // a request only counted has no groups: nothing to tally, and no lock taken
		}
		synchronized (this) {
			tally(report);
		}
	}

	private void tally(ScopeReport report) {
		String uri = (report.uri() != null) ? report.uri() : report.name();
		Instant now = report.startedAt();
		for (Finding finding : report.nPlusOne()) {
			record(new Key(FindingKind.N_PLUS_ONE, report.method(), uri, finding.fingerprint(),
					finding.callSite().toString()), finding.count(), now);
		}
		for (Finding finding : report.duplicates()) {
			record(new Key(FindingKind.DUPLICATE, report.method(), uri, finding.fingerprint(),
					finding.callSite().toString()), finding.count(), now);
		}
		// Scopes on the same route that ran the group without it being reported.
		for (StatementGroupSummary group : report.groups()) {
			if (!group.nPlusOne()) {
				Tally tally = this.tallies.get(new Key(FindingKind.N_PLUS_ONE, report.method(), uri,
						group.fingerprint(), group.callSite().toString()));
				if (tally != null) {
					tally.seen++;
					tally.worst = Math.max(tally.worst, group.count());
					tally.lastSeen = now;
				}
			}
		}
	}

	private void record(Key key, int count, Instant now) {
		Tally tally = this.tallies.get(key);
		if (tally == null) {
			if (this.tallies.size() >= this.capacity) {
				evictLeastRelevant();
			}
			tally = new Tally();
			this.tallies.put(key, tally);
		}
		tally.seen++;
		tally.withFinding++;
		tally.worst = Math.max(tally.worst, count);
		tally.lastSeen = now;
	}

	private void evictLeastRelevant() {
		Key leastRelevant = null;
		Tally least = null;
		for (Map.Entry<Key, Tally> entry : this.tallies.entrySet()) {
			Tally tally = entry.getValue();
			if (least == null || tally.withFinding < least.withFinding
					|| (tally.withFinding == least.withFinding && tally.lastSeen.isBefore(least.lastSeen))) {
				least = tally;
				leastRelevant = entry.getKey();
			}
		}
		this.tallies.remove(Objects.requireNonNull(leastRelevant));
	}

	/**
	 * The places, the most costly first: scopes with the finding times the worst count
	 * (a rough count of the statements it made), then the most recent.
	 */
	public synchronized List<Hotspot> ranked() {
		List<Hotspot> hotspots = new ArrayList<>(this.tallies.size());
		this.tallies.forEach((key, tally) -> hotspots.add(new Hotspot(key.kind(), key.method(), key.uri(), key.sql(),
				key.callSite(), tally.seen, tally.withFinding, tally.worst, tally.lastSeen)));
		hotspots.sort(Comparator.comparing((Hotspot hotspot) -> hotspot.scopesWithFinding() * hotspot.worstCount(),
				Comparator.reverseOrder())
			.thenComparing(Hotspot::lastSeen, Comparator.reverseOrder()));
		return hotspots;
	}

	/** How many places are kept. */
	public synchronized int size() {
		return this.tallies.size();
	}

	/** Forgets everything. */
	public synchronized void clear() {
		this.tallies.clear();
	}

}
