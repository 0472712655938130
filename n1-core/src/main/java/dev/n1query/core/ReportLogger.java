package dev.n1query.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the findings of closed scopes without flooding the log: the first occurrence of a
 * finding (its kind, route or job, fingerprint and call site) is logged in full, N+1
 * patterns at WARN, exact duplicates and unused eager loads at INFO. Repeats within the
 * repeat interval are only counted; when the interval has passed, one summary line per
 * finding that occurred again says how many times, where, and the typical statement
 * count. A finding that did not recur within an interval is forgotten, so its next
 * occurrence is logged in full again.
 * <p>
 * The table of known findings holds at most {@code maxFindings} entries; when it is full
 * the finding seen least recently is evicted (its pending repeats summarised first), and
 * logs in full again if it recurs. Summaries are written when a later analysed scope
 * closes after the interval has passed (at most {@value #SWEEPS_PER_INTERVAL} checks per
 * interval), and on {@link #close()}. A repeat interval of zero logs every occurrence in
 * full.
 * <p>
 * Every analysed scope also gets a one-line summary at DEBUG. Scopes only counted (requests
 * the sample rate left out) have no findings and are not told to the logger at all: their
 * counts are in the meters and the history. The logger is {@code dev.n1query}, so
 * {@code logging.level.dev.n1query=error} silences it.
 */
public final class ReportLogger implements ScopeReportListener, AutoCloseable {

	/** The default repeat interval. */
	public static final Duration DEFAULT_REPEAT_INTERVAL = Duration.ofMinutes(5);

	/** The default size of the table of known findings. */
	public static final int DEFAULT_MAX_FINDINGS = 1_000;

	static final int SWEEPS_PER_INTERVAL = 10;

	private static final Logger logger = LoggerFactory.getLogger("dev.n1query");

	private final long intervalNanos;

	private final long sweepEveryNanos;

	private final LongSupplier nanoClock;

	private final int maxFindings;

	// Access-ordered: the eldest entry is the finding seen least recently. Guarded by itself.
	private final LinkedHashMap<Key, Repeats> known;

	private volatile long nextSweep;

	/** A logger that logs every occurrence in full (no repeat interval). */
	public ReportLogger() {
		this(Duration.ZERO, DEFAULT_MAX_FINDINGS, System::nanoTime);
	}

	/**
	 * Creates a logger that summarises repeats.
	 * @param repeatInterval how long repeats of a finding are only counted; zero logs
	 * every occurrence
	 * @param maxFindings the most findings remembered
	 * @param nanoClock the time in nanoseconds, such as {@code System::nanoTime}
	 */
	public ReportLogger(Duration repeatInterval, int maxFindings, LongSupplier nanoClock) {
		if (repeatInterval.isNegative()) {
			throw new IllegalArgumentException("n1.log.repeat-interval must not be negative, was " + repeatInterval);
		}
		if (maxFindings < 1) {
			throw new IllegalArgumentException("n1.log.max-findings must be positive, was " + maxFindings);
		}
		this.intervalNanos = repeatInterval.toNanos();
		this.sweepEveryNanos = Math.max(1, this.intervalNanos / SWEEPS_PER_INTERVAL);
		this.nanoClock = nanoClock;
		this.maxFindings = maxFindings;
		this.known = new LinkedHashMap<>(16, 0.75f, true);
		this.nextSweep = nanoClock.getAsLong() + this.intervalNanos;
	}

	// Findings come only from analysed scopes, and repeats are only counted from them, so
	// analysed scopes also drive the sweeps: the allowance of analysed requests keeps them
	// coming while there is traffic. A busy server's counted requests skip the log entirely.
	@Override
	public boolean wantsCountedReports() {
		return false;
	}

	@Override
	public void onReport(ScopeReport report) {
		if (logger.isDebugEnabled()) {
			logger.debug("{}: {} statements in {} ms, {} N+1, {} duplicates", report.name(), report.queryCount(),
					report.queryTimeNanos() / 1_000_000, report.nPlusOne().size(), report.duplicates().size());
		}
		// Only repeats and their sweeps need the time.
		long now = (this.intervalNanos > 0) ? this.nanoClock.getAsLong() : 0;
		if (this.intervalNanos > 0 && now - this.nextSweep >= 0) {
			sweep(now, false);
		}
		if (!report.hasFindings()) {
			return; // most requests: at most a sweep was due
		}
		boolean warn = logger.isWarnEnabled();
		boolean info = logger.isInfoEnabled();
		if (warn) {
			for (Finding finding : report.nPlusOne()) {
				if (isFirst(report, finding, now)) {
					logger.warn("N+1 queries in {}: {}", report.name(), ReportFormatter.describe(finding));
				}
			}
		}
		if (info) {
			for (Finding finding : report.duplicates()) {
				if (isFirst(report, finding, now)) {
					logger.info("Duplicate queries in {}: {}", report.name(), ReportFormatter.describe(finding));
				}
			}
			for (Finding finding : report.unusedEagerLoads()) {
				if (isFirst(report, finding, now)) {
					logger.info("Unused eager loading in {}: {}", report.name(), ReportFormatter.describe(finding));
				}
			}
		}
	}

	// A request's route template (bounded), not its name: the name carries the path as
	// received, with ids, and would make every id a finding of its own.
	private static String route(ScopeReport report) {
		return (report.kind() == ScopeKind.REQUEST && report.uri() != null)
				? report.method() + " " + report.uri() : report.name();
	}

	// Whether to log the finding in full; otherwise counts it as a repeat.
	private boolean isFirst(ScopeReport report, Finding finding, long now) {
		if (this.intervalNanos == 0) {
			return true;
		}
		Key key = new Key(finding.kind(), route(report), finding.fingerprint(), finding.callSite());
		Repeats evicted = null;
		synchronized (this.known) {
			Repeats repeats = this.known.get(key);
			if (repeats != null) {
				repeats.add(finding.count());
				return false;
			}
			if (this.known.size() >= this.maxFindings) {
				Iterator<Repeats> eldest = this.known.values().iterator();
				evicted = eldest.next();
				eldest.remove();
			}
			this.known.put(key, new Repeats(key, now));
		}
		if (evicted != null && evicted.count > 0) {
			summarise(evicted, now);
		}
		return true;
	}

	/**
	 * Writes the summary of every finding whose interval has passed, and forgets those that
	 * did not recur.
	 * @param now the current time
	 * @param all whether to summarise every pending repeat, interval passed or not
	 */
	private void sweep(long now, boolean all) {
		List<Repeats> due = new ArrayList<>();
		synchronized (this.known) {
			if (!all && now - this.nextSweep < 0) {
				return; // another thread swept meanwhile
			}
			this.nextSweep = now + this.sweepEveryNanos;
			for (Iterator<Repeats> it = this.known.values().iterator(); it.hasNext();) {
				Repeats repeats = it.next();
				if (!all && now - repeats.windowStart < this.intervalNanos) {
					continue;
				}
				if (repeats.count == 0) {
					it.remove(); // no longer occurring: its next occurrence is logged in full
				}
				else {
					due.add(repeats.copyAndRestart(now));
				}
			}
		}
		for (Repeats repeats : due) {
			summarise(repeats, now);
		}
	}

	private void summarise(Repeats repeats, long now) {
		Key key = repeats.key;
		String kind = switch (key.kind) {
			case N_PLUS_ONE -> "N+1 queries";
			case DUPLICATE -> "Duplicate queries";
			case UNUSED_EAGER_LOADING -> "Unused eager loading";
		};
		String message = "{} in {} occurred {} more {} in the last {}, typically {} statements (at most {}): [{}] "
				+ "from {}";
		Object[] arguments = { kind, key.route, repeats.count, (repeats.count == 1) ? "time" : "times",
				describe(now - repeats.windowStart),
				Math.round((double) repeats.statements / repeats.count), repeats.maxStatements,
				ReportFormatter.shorten(key.fingerprint), key.callSite };
		if (key.kind == FindingKind.N_PLUS_ONE) {
			logger.warn(message, arguments);
		}
		else {
			logger.info(message, arguments);
		}
	}

	private static String describe(long nanos) {
		Duration duration = Duration.ofNanos(nanos);
		if (duration.toMinutes() >= 1) {
			return duration.toMinutes() + " min";
		}
		return Math.max(1, duration.toSeconds()) + " s";
	}

	/** How many findings are remembered (at most the configured maximum). */
	public int knownFindings() {
		synchronized (this.known) {
			return this.known.size();
		}
	}

	/** Writes the summary of every pending repeat (on shutdown). */
	@Override
	public void close() {
		if (this.intervalNanos > 0) {
			sweep(this.nanoClock.getAsLong(), true);
		}
	}

	private record Key(FindingKind kind, String route, String fingerprint, CallSite callSite) {
	}

	/** Repeats of one finding within the current interval. Guarded by the table's lock. */
	private static final class Repeats {

		final Key key;

		long windowStart;

		int count;

		long statements;

		int maxStatements;

		Repeats(Key key, long windowStart) {
			this.key = key;
			this.windowStart = windowStart;
		}

		void add(int statementCount) {
			this.count++;
			this.statements += statementCount;
			this.maxStatements = Math.max(this.maxStatements, statementCount);
		}

		Repeats copyAndRestart(long now) {
			Repeats copy = new Repeats(this.key, this.windowStart);
			copy.count = this.count;
			copy.statements = this.statements;
			copy.maxStatements = this.maxStatements;
			this.windowStart = now;
			this.count = 0;
			this.statements = 0;
			this.maxStatements = 0;
			return copy;
		}

	}

}
