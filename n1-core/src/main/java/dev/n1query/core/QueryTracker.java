package dev.n1query.core;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The entry point of N1's core: opens {@link QueryScope scopes}, binds them to threads,
 * records statements into the current scope, and hands each closed scope's report to the
 * {@link ScopeReportListener listeners}.
 * <p>
 * Statements executed while no scope is bound to the thread are only counted. Scopes
 * nest: opening a scope while another is bound makes the new one current until it
 * closes, and statements are recorded in the innermost scope only; closing it makes the
 * enclosing scope current again.
 */
public final class QueryTracker {

	private final ThreadLocal<QueryScope> current = new ThreadLocal<>();

	private final DetectionSettings settings;

	private final FingerprintCache fingerprints = new FingerprintCache();

	private final CallSiteResolver callSites;

	private final ScopeAnalyzer analyzer;

	private final List<ScopeReportListener> listeners = new CopyOnWriteArrayList<>();

	// Snapshots of the listeners, each scope's close reads one: all of them for an analysed
	// report, those that want them for a report only counted. Rebuilt when listeners change.
	private volatile ScopeReportListener[] analysedReportListeners = {};

	private volatile ScopeReportListener[] countedReportListeners = {};

	private final LongAdder unscopedStatements = new LongAdder();

	// Written twice by every request and read only by tests waiting for scopes to settle:
	// striped, so requests finishing on different cores do not contend for one counter.
	private final LongAdder openScopes = new LongAdder();

	// Open scopes that are or may yet be analysed. While there are none (requests the sample
	// rate left out), analysedScope() answers without reading the thread's scope: it is asked
	// on every entity load and every property a response reads.
	private final AtomicInteger analysableScopes = new AtomicInteger();

	private final StatementObserver[] statementObservers;

	private final RequestSampler sampler;

	private volatile int stackDepth;

	private volatile boolean keepExplainValues;

	private volatile boolean watchEntityReads;

	/**
	 * Creates a tracker.
	 * @param settings how scopes are analysed
	 * @param callSites how call sites are found
	 * @param enrichers what adds technology-specific knowledge to findings
	 * @param listeners who receives reports
	 * @param statementObservers who is told about every statement
	 */
	public QueryTracker(DetectionSettings settings, CallSiteResolver callSites, List<FindingEnricher> enrichers,
			List<ScopeReportListener> listeners, List<StatementObserver> statementObservers) {
		this(settings, callSites, enrichers, listeners, statementObservers, System::nanoTime);
	}

	// Tests pass a clock that stands still, so the sampler's allowance neither refills nor
	// saves up while they run.
	QueryTracker(DetectionSettings settings, CallSiteResolver callSites, List<FindingEnricher> enrichers,
			List<ScopeReportListener> listeners, List<StatementObserver> statementObservers, LongSupplier nanoTime) {
		this.settings = settings;
		this.callSites = callSites;
		this.analyzer = new ScopeAnalyzer(enrichers);
		this.listeners.addAll(listeners);
		listenersChanged();
		this.statementObservers = statementObservers.toArray(StatementObserver[]::new);
		this.sampler = new RequestSampler(settings.sampleRate(), settings.minAnalysedPerSecond(), nanoTime);
	}

	/**
	 * Creates a tracker without statement observers.
	 * @param settings how scopes are analysed
	 * @param callSites how call sites are found
	 * @param enrichers what adds technology-specific knowledge to findings
	 * @param listeners who receives reports
	 */
	public QueryTracker(DetectionSettings settings, CallSiteResolver callSites, List<FindingEnricher> enrichers,
			List<ScopeReportListener> listeners) {
		this(settings, callSites, enrichers, listeners, List.of());
	}

	/** A tracker with default settings and no listeners. */
	public QueryTracker() {
		this(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(), List.of());
	}

	/**
	 * Adds a listener for the reports of scopes closed from now on.
	 * @param listener the listener
	 */
	public void addListener(ScopeReportListener listener) {
		this.listeners.add(listener);
		listenersChanged();
	}

	/**
	 * Removes a listener.
	 * @param listener the listener
	 */
	public void removeListener(ScopeReportListener listener) {
		this.listeners.remove(listener);
		listenersChanged();
	}

	private synchronized void listenersChanged() {
		ScopeReportListener[] all = this.listeners.toArray(ScopeReportListener[]::new);
		this.analysedReportListeners = all;
		this.countedReportListeners = Arrays.stream(all)
			.filter(ScopeReportListener::wantsCountedReports)
			.toArray(ScopeReportListener[]::new);
	}

	/**
	 * Captures, for each statement group, the stack of one execution (the development
	 * panel's "stack" view). Costs a deeper stack walk where call sites are sampled.
	 * @param depth the most frames per stack, 0 to capture none (the default)
	 */
	public void captureStacks(int depth) {
		this.stackDepth = Math.max(0, depth);
	}

	/**
	 * Keeps the simple-typed parameter values of stored statements so EXPLAIN can bind them
	 * again (the development panel). Off by default.
	 * @param keep whether to keep them
	 */
	public void keepExplainValues(boolean keep) {
		this.keepExplainValues = keep;
	}

	/**
	 * Lets scopes hear which entity properties responses read (templates, JSON), for the
	 * unused-eager-loading report; turned on by an ORM integration. Off by default.
	 * @param watch whether scopes record reads
	 */
	public void watchEntityReads(boolean watch) {
		this.watchEntityReads = watch;
	}

	boolean watchesEntityReads() {
		return this.watchEntityReads;
	}

	/** The settings scopes are analysed with. */
	public DetectionSettings settings() {
		return this.settings;
	}

	/**
	 * Opens a scope for a unit of work that is not an HTTP request and binds it to the
	 * current thread.
	 * @param name a name for the unit of work, such as {@code nightly-import}
	 * @return the open scope, to close when the work is done
	 */
	public QueryScope open(String name) {
		return open(ScopeKind.JOB, name);
	}

	/**
	 * Opens a scope and binds it to the current thread.
	 * @param kind what the scope stands for
	 * @param name its name
	 * @return the open scope
	 */
	public QueryScope open(ScopeKind kind, String name) {
		QueryScope scope = new QueryScope(this, newId(), kind, name, this.settings.maxStatements(),
				this.current.get(), this.keepExplainValues, initialSampling(kind));
		if (scope.mayBeAnalysed()) {
			this.analysableScopes.incrementAndGet();
		}
		this.current.set(scope);
		this.openScopes.increment();
		return scope;
	}

	// Requests are sampled; jobs (rare, and often unrepeated) and fail mode (tests) never are.
	// While the allowance lasts, a request is decided by its first statement, so requests that
	// never touch the database take nothing from it. Once it is spent (a busy server), the
	// rate's draw decides at once: most requests are then counted from their start and never
	// touch the shared count of analysable scopes, which every entity load reads.
	private byte initialSampling(ScopeKind kind) {
		if (kind != ScopeKind.REQUEST || this.settings.mode() == DetectionMode.FAIL
				|| this.settings.sampleRate() >= 1) {
			return QueryScope.ANALYSED;
		}
		if (this.sampler.hasAllowance()) {
			return QueryScope.UNDECIDED;
		}
		return this.sampler.draw() ? QueryScope.ANALYSED : QueryScope.COUNTED;
	}

	/** Whether a sampled request is analysed: asked once per request, by the request's scope. */
	boolean sampleRequest() {
		return this.sampler.analyse();
	}

	/** The scope bound to the current thread, or {@code null}. */
	public QueryScope current() {
		return this.current.get();
	}

	/**
	 * The scope bound to the current thread if it is analysed: what ORM and view
	 * integrations tell their observations to (a request the sample rate leaves out only
	 * counts its statements, so they skip it).
	 * @return the scope, or {@code null} when none is bound or it is not analysed
	 */
	public QueryScope analysedScope() {
		if (this.analysableScopes.get() <= 0) {
			return null;
		}
		QueryScope scope = this.current.get();
		return (scope != null && scope.isAnalysed()) ? scope : null;
	}

	/**
	 * Binds an open scope to the current thread, for work continuing on another thread
	 * (an async dispatch). Pair with {@link #detach(QueryScope)}.
	 * @param scope the scope
	 */
	public void attach(QueryScope scope) {
		this.current.set(scope);
	}

	/**
	 * Unbinds a scope from the current thread without closing it.
	 * @param scope the scope
	 */
	public void detach(QueryScope scope) {
		if (this.current.get() == scope) {
			this.current.remove();
		}
	}

	/**
	 * Counts a statement as unscoped when nothing would use it: no scope is bound to the
	 * current thread and no {@link StatementObserver} counts statements. The JDBC layer
	 * asks first, and builds nothing for such a statement.
	 * @return whether the statement was counted, and needs no {@link #record}
	 */
	public boolean countIfUnobserved() {
		if (this.current.get() == null && this.statementObservers.length == 0) {
			this.unscopedStatements.increment();
			return true;
		}
		return false;
	}

	/**
	 * Records a statement in the current scope, or only counts it when there is none.
	 * Never throws.
	 * @param execution what the JDBC layer observed
	 */
	public void record(StatementExecution execution) {
		try {
			QueryScope scope = this.current.get();
			if (scope == null && this.statementObservers.length == 0) {
				this.unscopedStatements.increment(); // nothing needs its fingerprint
				return;
			}
			Fingerprint fingerprint = this.fingerprints.fingerprint(execution.sql());
			for (StatementObserver observer : this.statementObservers) {
				observer.onStatement(fingerprint.type(), execution.dataSourceName());
			}
			if (scope == null) {
				this.unscopedStatements.increment();
				return;
			}
			if (!scope.isAnalysed()) {
				if (!scope.count(execution, fingerprint.type())) {
					this.unscopedStatements.increment(); // its scope closed before it ran
				}
				return;
			}
			QueryScope.Recording recording = scope.recordUnlessSampled(execution, fingerprint);
			if (recording == QueryScope.Recording.NEEDS_CALL_SITE) {
				recording = recordSampled(scope, execution, fingerprint);
			}
			if (recording == QueryScope.Recording.SCOPE_CLOSED) {
				this.unscopedStatements.increment(); // its scope closed before it ran
			}
		}
		catch (RuntimeException | StackOverflowError ex) {
			N1Failures.swallow("recording a statement", ex);
		}
	}

	// The stack walk runs outside the scope's lock.
	private QueryScope.Recording recordSampled(QueryScope scope, StatementExecution execution,
			Fingerprint fingerprint) {
		CallSite callSite;
		List<String> stack = null;
		ThreadActivities.Slot activity = scope.activitySlot();
		int depth = this.stackDepth;
		if (depth > 0) {
			CallSiteResolver.Sample sample = this.callSites.resolveWithStack(activity.activity, activity.detail,
					depth);
			callSite = sample.callSite();
			stack = sample.stack();
		}
		else {
			callSite = this.callSites.resolve(activity.activity, activity.detail, scope.lastCallSite(fingerprint));
		}
		return scope.record(execution, fingerprint, callSite, stack) ? QueryScope.Recording.RECORDED
				: QueryScope.Recording.SCOPE_CLOSED;
	}

	/**
	 * Statements executed while no open scope was bound to their thread: none at all, or
	 * one that had already closed (work that outlived its request).
	 */
	public long unscopedStatements() {
		return this.unscopedStatements.sum();
	}

	/**
	 * Scopes opened and not closed yet, on any thread (tests wait for them to settle). Not a
	 * snapshot: a scope opening or closing during the call may or may not be counted.
	 */
	public int openScopes() {
		return (int) this.openScopes.sum();
	}

	/** Scopes open now that are or may yet be analysed (tests). */
	int analysableScopes() {
		return this.analysableScopes.get();
	}

	/** Called once per scope, under its lock: it closed, or was decided not analysed. */
	void noLongerAnalysable() {
		this.analysableScopes.decrementAndGet();
	}

	void closed(QueryScope scope) {
		this.openScopes.decrement();
		if (this.current.get() == scope) {
			QueryScope parent = scope.parent;
			if (parent != null && !parent.isClosed()) {
				this.current.set(parent);
			}
			else {
				// Cleared, not removed: the thread's entry stays for its next scope, which then
				// sets it without allocating an entry in the thread's long-lived map.
				this.current.set(null);
			}
		}
		ScopeReport report;
		try {
			report = scope.analyse(this.settings, this.analyzer);
			scope.report = report;
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("analysing a scope", ex);
			return;
		}
		ScopeReportListener[] listeners = report.analysed() ? this.analysedReportListeners
				: this.countedReportListeners;
		for (ScopeReportListener listener : listeners) {
			try {
				listener.onReport(report);
			}
			catch (RuntimeException ex) {
				N1Failures.swallow("report listener " + listener.getClass().getName(), ex);
			}
		}
		if (this.settings.mode() == DetectionMode.FAIL && report.hasNPlusOne()) {
			throw new NPlusOneDetectedException(report);
		}
	}

	// 16 hex digits: the top bit set, so none is dropped as a leading zero (63 random bits
	// are plenty for an id). Long.toHexString builds the string without copying its bytes,
	// two allocations where decoding a byte array into a String took three.
	private static String newId() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
	}

}
