package dev.n1query.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of one unit of work: an HTTP request or a job the application names.
 * Opened by {@link QueryTracker}, bound to the opening thread, and analysed once when
 * {@link #close() closed}. Closing is idempotent; use it with try-with-resources:
 *
 * <pre>{@code
 * try (QueryScope scope = tracker.open("nightly-import")) {
 *     importer.run();
 * }
 * }</pre>
 *
 * Recording is thread-safe (work handed to other threads may record into the same scope);
 * memory is bounded: at most {@code maxStatements} statements are stored, at most
 * {@value #MAX_FINGERPRINTS} distinct shapes are tracked, while counts stay exact.
 */
public final class QueryScope implements AutoCloseable {

	static final int MAX_FINGERPRINTS = 1_000;

	private static final StatementType[] TYPES = StatementType.values();

	/**
	 * Characters of text and values a scope keeps to recognise exact repeats (about 4 MB);
	 * past it, new distinct executions are counted but no longer compared.
	 */
	static final int EXACT_BUDGET_CHARS = 2_000_000;

	private final QueryTracker tracker;

	private final String id;

	private final ScopeKind kind;

	private final String name;

	// Milliseconds are enough for a report's start, and the clock behind them is the cheap one.
	private final long startedAtMillis = System.currentTimeMillis();

	private final long startNanos = System.nanoTime();

	private final int maxStatements;

	private final boolean keepExplainValues;

	// Whether the scope is analysed, or only counts its statements (a request the sampler
	// leaves out). The tracker decides when it opens the scope, or leaves it undecided while
	// the sampler's allowance lasts: then the first call decides, at the latest the first
	// statement, so requests that never touch the database take nothing from the allowance.
	static final byte UNDECIDED = 0;

	static final byte ANALYSED = 1;

	static final byte COUNTED = 2;

	private volatile byte sampling;

	final QueryScope parent;

	private final Thread openingThread = Thread.currentThread();

	// The activity, its detail and the association being loaded, per thread. Created on first
	// use, as is everything below that only analysed scopes use: a scope that only counts
	// (most requests under load) allocates none of it, and its close touches none of it.
	private volatile ThreadActivities activities;

	// Entity name → the repository method that last loaded it in this scope (bounded).
	// Guarded by this.
	private Map<String, String> loaders;

	// Entity instances an ORM loaded → where they came from (bounded; cleared on close).
	// Created on first use: scopes of apps without an ORM have none. Guarded by this.
	private LoadOrigins origins;

	// Created on the first eager load or read told (scopes of apps without an ORM have none).
	// Guarded by this.
	private EagerLoadTally eagerLoads;

	private volatile String method;

	private volatile String uri;

	private volatile String path;

	private volatile int status;

	// Guarded by this.
	private int count;

	private long totalNanos;

	private int failed;

	private final int[] countsByType = new int[TYPES.length];

	// Guarded by this; created by the first statement recorded.
	private Records records;

	private int exactBudget = EXACT_BUDGET_CHARS;

	// The group of the latest statement: the one an ORM's eager load came with.
	private StatementGroup lastGroup;

	// The root query last handed out by latestRootQuery, and the group it was made for.
	private RootQuery latestRoot;

	private StatementGroup latestRootGroup;

	private boolean closed;

	/** Set once analysed, on close. */
	volatile ScopeReport report;

	private long durationNanos;

	QueryScope(QueryTracker tracker, String id, ScopeKind kind, String name, int maxStatements, QueryScope parent,
			boolean keepExplainValues, byte sampling) {
		this.tracker = tracker;
		this.sampling = sampling;
		this.keepExplainValues = keepExplainValues;
		this.id = id;
		this.kind = kind;
		this.name = name;
		this.maxStatements = maxStatements;
		this.parent = parent;
	}

	/** The scope's opaque id. */
	public String id() {
		return this.id;
	}

	/** Whether this scope is an HTTP request or a job. */
	public ScopeKind kind() {
		return this.kind;
	}

	/** The name the scope was opened with. */
	public String name() {
		return this.name;
	}

	/**
	 * How many open scopes enclose this one on its thread: 0 for a top-level scope, such as
	 * every HTTP request's (a diagnostic: anything else after a request means a scope leaked).
	 */
	public int depth() {
		int depth = 0;
		for (QueryScope enclosing = this.parent; enclosing != null && !enclosing.isClosed(); enclosing = enclosing.parent) {
			depth++;
		}
		return depth;
	}

	/**
	 * Whether the scope is analysed when it closes. A request the sample rate leaves out
	 * only counts its statements (number, time, kinds, failures): it stores none, finds
	 * nothing, and ORM and view integrations skip it. A sampled request opened while the
	 * sampler's allowance lasts is decided by the first call (at the latest its first
	 * statement); one opened after is decided when it opens.
	 */
	public boolean isAnalysed() {
		byte state = this.sampling;
		return ((state != UNDECIDED) ? state : decideSampling()) == ANALYSED;
	}

	/** Whether the scope is analysed or still may be: it was not counted-only from its start. */
	boolean mayBeAnalysed() {
		return this.sampling != COUNTED;
	}

	private synchronized byte decideSampling() {
		if (this.sampling == UNDECIDED) {
			this.sampling = this.tracker.sampleRequest() ? ANALYSED : COUNTED;
			if (this.sampling == COUNTED && !this.closed) {
				this.tracker.noLongerAnalysable();
			}
		}
		return this.sampling;
	}

	/** The number of statements recorded so far. */
	public synchronized int queryCount() {
		return this.count;
	}

	/** Time spent in the statements recorded so far. */
	public synchronized long queryTimeNanos() {
		return this.totalNanos;
	}

	/**
	 * What the scope is doing on the calling thread where no application frame is on the
	 * stack, such as {@code rendering view "customers" for CustomerController.list}: the
	 * call site of the statements it triggers.
	 */
	public CallSite activity() {
		ThreadActivities activities = this.activities;
		return (activities != null) ? activities.current().activity : null;
	}

	/**
	 * Sets the scope's current activity on the calling thread and returns the previous one,
	 * so callers can restore it.
	 * @param activity the new activity (a {@link CallSite#trigger trigger}), or {@code null}
	 * @return the previous activity
	 */
	public CallSite swapActivity(CallSite activity) {
		if (activity == null && this.activities == null) {
			return null; // nothing was set: clearing creates nothing
		}
		ThreadActivities.Slot slot = activities().current();
		CallSite previous = slot.activity;
		slot.activity = activity;
		return previous;
	}

	/**
	 * A finer description of the current activity on the calling thread, such as the JSON
	 * property being written, described now.
	 * @return the description, or {@code null}
	 */
	public String activityDetail() {
		ActivityDetail detail = currentActivityDetail();
		return (detail != null) ? detail.describe() : null;
	}

	/**
	 * The finer description of the current activity on the calling thread, as set, not
	 * described: a sensor that set a mutable one can move it on instead of setting another.
	 * @return the description, or {@code null}
	 */
	public ActivityDetail currentActivityDetail() {
		ThreadActivities activities = this.activities;
		return (activities != null) ? activities.current().detail : null;
	}

	/**
	 * Sets the finer description of the current activity on the calling thread and returns
	 * the previous one. Cheap (no allocation), so it can be called per serialized property.
	 * @param detail the description, or {@code null}
	 * @return the previous description
	 */
	public ActivityDetail swapActivityDetail(ActivityDetail detail) {
		if (detail == null && this.activities == null) {
			return null; // nothing was set: clearing creates nothing
		}
		ThreadActivities.Slot slot = activities().current();
		ActivityDetail previous = slot.detail;
		slot.detail = detail;
		return previous;
	}

	ThreadActivities.Slot activitySlot() {
		return activities().current();
	}

	private ThreadActivities activities() {
		ThreadActivities activities = this.activities;
		if (activities == null) {
			synchronized (this) {
				activities = this.activities;
				if (activities == null) {
					activities = new ThreadActivities(this.openingThread);
					if (this.closed) {
						activities.clear(); // work that outlived the scope shares one slot
					}
					this.activities = activities;
				}
			}
		}
		return activities;
	}

	/**
	 * Describes the HTTP request this scope stands for; called before closing.
	 * @param method the HTTP method
	 * @param uri the route template, never a raw URL
	 * @param path the path as received
	 * @param status the response status
	 */
	public void describeRequest(String method, String uri, String path, int status) {
		this.method = method;
		this.uri = uri;
		this.path = path;
		this.status = status;
	}

	/**
	 * Sets the association being loaded lazily on the calling thread (by an ORM
	 * integration) and returns the
	 * previous one, so callers can restore it.
	 * @param load the association, or {@code null}
	 * @return the previous one
	 */
	public AssociationLoad swapAssociationLoad(AssociationLoad load) {
		if (load == null && this.activities == null) {
			return null; // nothing was set: clearing creates nothing
		}
		ThreadActivities.Slot slot = activities().current();
		AssociationLoad previous = slot.associationLoad;
		slot.associationLoad = load;
		return previous;
	}

	/**
	 * Notes which repository method loaded entities of a type (told by the Spring Data
	 * integration), so a later N+1 on their associations can name it.
	 * @param entity the entity's simple name
	 * @param method such as {@code CustomerRepository.findAllByOrderByIdAsc()}
	 */
	public synchronized void noteLoader(String entity, String method) {
		if (this.loaders == null) {
			this.loaders = new HashMap<>();
		}
		if (this.loaders.size() < 64 || this.loaders.containsKey(entity)) {
			this.loaders.put(entity, method);
		}
	}

	/**
	 * The repository method that last loaded entities of a type in this scope.
	 * @param entity the entity's simple name
	 * @return the method, or {@code null}
	 */
	public synchronized String loaderOf(String entity) {
		return (this.loaders != null) ? this.loaders.get(entity) : null;
	}

	/**
	 * Notes an association an ORM fetched together with an owner it loaded (told by an ORM
	 * integration), so that it is reported if the response never reads it. The statement
	 * that fetched it is taken to be the latest one.
	 * @param load the association
	 */
	public synchronized void noteEagerLoad(EagerLoad load) {
		if (!this.closed) {
			eagerLoads().noteLoad(load, this.lastGroup);
		}
	}

	/**
	 * Whether the scope wants to hear which entity properties the response reads: only when
	 * an ORM integration asked for it. One volatile read, for sensors called per property.
	 */
	public boolean watchesReads() {
		return this.tracker.watchesEntityReads();
	}

	/**
	 * Notes that the response (a template, a JSON serializer) read a property of an entity.
	 * Reads are kept from the start, because reading a lazy reference can itself load the
	 * entity and its eager associations. Matched against {@link EagerLoad#entityType()}.
	 * @param entity the entity's class name (or the name its eager loads were told with)
	 * @param property the property's name
	 */
	public synchronized void noteRead(String entity, String property) {
		eagerLoads().noteRead(entity, property);
	}

	/**
	 * Notes that the response (a template, a JSON serializer) read a property of an object,
	 * identified by its class (seen through ORM proxies), so that a DTO never passes for the
	 * entity of the same simple name.
	 * @param type the object's runtime class
	 * @param property the property's name
	 */
	public synchronized void noteRead(Class<?> type, String property) {
		eagerLoads().noteRead(EntityNames.typeOf(type), property);
	}

	/**
	 * Notes where an entity instance came from (told by an ORM integration): the query that
	 * loaded it, or the association whose lazy loading did; for an instance not loaded yet (a
	 * lazy reference), the association that holds it. Instances are told apart by identity; at
	 * most {@value LoadOrigins#MAX_INSTANCES} per scope are kept.
	 * @param instance the entity instance
	 * @param origin where it came from
	 */
	public synchronized void noteOrigin(Object instance, LoadOrigin origin) {
		if (!this.closed) {
			if (this.origins == null) {
				this.origins = new LoadOrigins();
			}
			this.origins.put(instance, origin);
		}
	}

	/**
	 * Notes that an association of an instance holds a reference not loaded yet (a lazy
	 * reference), unless the scope already knows where that reference came from: the first
	 * association seen holding an instance keeps it. The same as {@link #originOf} then
	 * {@link #noteOrigin} with {@link AssociationLoad#from}, in one step and without
	 * allocating per instance, for ORM integrations that call it per entity loaded.
	 * @param reference the reference not loaded yet
	 * @param owner where the instance holding it came from
	 * @param entity the holding entity's simple name
	 * @param association the attribute that holds the reference
	 * @param kind the association's kind
	 */
	public synchronized void noteReference(Object reference, LoadOrigin owner, String entity, String association,
			String kind) {
		if (this.closed) {
			return;
		}
		if (this.origins == null) {
			this.origins = new LoadOrigins();
		}
		if (this.origins.get(reference) == null) {
			this.origins.put(reference, this.origins.heldBy(owner, entity, association, kind));
		}
	}

	/**
	 * The origin of an entity the latest statement loaded as a root: that statement's query.
	 * The same for every row of one query, so it is made once per query and entity.
	 * @param entity the entity's simple name
	 * @return the root query, or {@code null} before any statement
	 */
	public synchronized RootQuery latestRootQuery(String entity) {
		StatementGroup group = this.lastGroup;
		if (group == null) {
			return null;
		}
		RootQuery root = this.latestRoot;
		if (root == null || this.latestRootGroup != group || !root.entity().equals(entity)) {
			root = new RootQuery(entity, group.callSite, group.fingerprint.text());
			this.latestRoot = root;
			this.latestRootGroup = group;
		}
		return root;
	}

	/**
	 * Notes an entity instance an ORM just loaded, and returns where it came from: the origin
	 * told before (as a lazy reference), else the association being loaded, else the query
	 * that just ran ({@link #latestRootQuery}). The same as {@link #originOf}, then
	 * {@link #noteOrigin} of the new origin, in one step, for ORM integrations that call it
	 * per entity loaded.
	 * @param instance the entity instance
	 * @param entity its entity's simple name
	 * @param loading the association being loaded lazily, or {@code null}
	 * @return its origin, or {@code null} when none is known (no statement yet)
	 */
	public synchronized LoadOrigin noteLoaded(Object instance, String entity, AssociationLoad loading) {
		LoadOrigin known = originOf(instance);
		if (known != null) {
			return known;
		}
		LoadOrigin origin = (loading != null) ? loading : latestRootQuery(entity);
		if (origin != null) {
			noteOrigin(instance, origin);
		}
		return origin;
	}

	/**
	 * Where an entity instance came from, as told by {@link #noteOrigin}.
	 * @param instance the entity instance
	 * @return its origin, or {@code null} when not told (or past the bound)
	 */
	public synchronized LoadOrigin originOf(Object instance) {
		return (this.origins != null) ? this.origins.get(instance) : null;
	}

	/**
	 * The group of the latest statement recorded, for an ORM integration that needs to know
	 * which query just loaded an entity.
	 * @return its key, or {@code null} before any statement
	 */
	public synchronized GroupKey latestStatement() {
		StatementGroup group = this.lastGroup;
		return (group != null) ? new GroupKey(group.fingerprint.text(), group.callSite) : null;
	}

	private EagerLoadTally eagerLoads() {
		if (this.eagerLoads == null) {
			this.eagerLoads = new EagerLoadTally();
		}
		return this.eagerLoads;
	}

	/**
	 * Asks whether the latest statement could still be attributed to an association after it
	 * ran, for an ORM that gives no event before such a load (Hibernate's lazy to-one
	 * associations of bytecode-enhanced entities). Answers {@code true} at most once per
	 * group of statements, and never for a group already attributed, so the integration
	 * inspects each group once.
	 * @return whether to inspect the load and, if it was an association's, call
	 * {@link #attributeLatestStatement}
	 */
	public synchronized boolean offerLatestStatement() {
		StatementGroup group = this.lastGroup;
		if (group == null || group.association != null || group.attributionOffered) {
			return false;
		}
		group.attributionOffered = true;
		return true;
	}

	/**
	 * Attributes the latest statement's group to an association, after it ran.
	 * @param load the association that was loaded
	 * @see #offerLatestStatement()
	 */
	public synchronized void attributeLatestStatement(AssociationLoad load) {
		StatementGroup group = this.lastGroup;
		if (group != null && group.association == null) {
			group.association = load;
		}
	}

	/** What {@link #recordUnlessSampled} did with a statement. */
	enum Recording {

		/** Recorded, attributed to the call site last seen for its shape. */
		RECORDED,
		/** Not recorded: the scope is closed. */
		SCOPE_CLOSED,
		/** Not recorded yet: capture its call site and call {@link QueryScope#record}. */
		NEEDS_CALL_SITE

	}

	/**
	 * Records a statement whose call site is not sampled, deciding that and recording under
	 * one lock (the common case: a shape past its first executions).
	 * @return what was done
	 */
	synchronized Recording recordUnlessSampled(StatementExecution execution, Fingerprint fingerprint) {
		if (this.closed) {
			return Recording.SCOPE_CLOSED;
		}
		FingerprintTally tally = tally(fingerprint);
		if (needsCallSite(tally)) {
			return Recording.NEEDS_CALL_SITE;
		}
		record(execution, fingerprint, tally, null, null);
		return Recording.RECORDED;
	}

	// A call site costs a stack walk: only where it is used, by a tracked shape that still
	// samples, or by a new shape or a stored statement while there is room for them.
	private boolean needsCallSite(FingerprintTally tally) {
		if (tally != null) {
			return tally.needsCallSite();
		}
		return this.records == null || this.records.tallies.size() < MAX_FINGERPRINTS
				|| this.records.statements.size() < this.maxStatements;
	}

	private FingerprintTally tally(Fingerprint fingerprint) {
		return (this.records != null) ? this.records.tallies.get(fingerprint.text()) : null;
	}

	/**
	 * The call site last captured for a shape: a sample that finds it again reuses it (and
	 * the callers it was found with) instead of walking on for callers.
	 * @return the call site, or {@code null} before any
	 */
	synchronized CallSite lastCallSite(Fingerprint fingerprint) {
		FingerprintTally tally = tally(fingerprint);
		return (tally != null) ? tally.lastCallSite : null;
	}

	/**
	 * Counts a statement in a scope that is not analysed, unless the scope is already closed.
	 * @return whether the statement was counted
	 */
	synchronized boolean count(StatementExecution execution, StatementType type) {
		if (this.closed) {
			return false;
		}
		this.count++;
		this.totalNanos += execution.durationNanos();
		this.countsByType[type.ordinal()]++;
		if (!execution.success()) {
			this.failed++;
		}
		return true;
	}

	/**
	 * Records a statement, unless the scope is already closed: its report was handed out.
	 * @return whether the statement was recorded
	 */
	synchronized boolean record(StatementExecution execution, Fingerprint fingerprint, CallSite capturedCallSite,
			List<String> stack) {
		if (this.closed) {
			return false;
		}
		record(execution, fingerprint, tally(fingerprint), capturedCallSite, stack);
		return true;
	}

	private void record(StatementExecution execution, Fingerprint fingerprint, FingerprintTally knownTally,
			CallSite capturedCallSite, List<String> stack) {
		if (this.records == null) {
			this.records = new Records();
		}
		Records records = this.records;
		int index = this.count++;
		this.totalNanos += execution.durationNanos();
		this.countsByType[fingerprint.type().ordinal()]++;
		if (!execution.success()) {
			this.failed++;
		}
		FingerprintTally tally = knownTally;
		if (tally == null && records.tallies.size() < MAX_FINGERPRINTS) {
			tally = new FingerprintTally(fingerprint);
			records.tallies.put(fingerprint.text(), tally);
		}
		CallSite callSite = (tally != null) ? tally.attribute(capturedCallSite)
				: (capturedCallSite != null) ? capturedCallSite : CallSite.UNKNOWN;
		String sql = (execution.sql() != null) ? execution.sql() : "";
		// Cut once: the stored statement, its group and its exact-repeat entry share the text.
		String cutSql = ParameterValues.cut(sql, ParameterValues.MAX_SQL_LENGTH);
		if (tally != null) {
			tally.executions++;
			List<Object> values = execution.parameters();
			long hash = ExactStatement.hash(sql, values);
			ExactStatement exact = tally.countRepeat(sql, values, hash, callSite);
			if (exact == null && tally.hasRoom() && this.exactBudget > 0) {
				String kept = tally.keptSqlEqualTo(cutSql);
				exact = ExactStatement.of(sql, (kept != null) ? kept : cutSql, values, hash);
				this.exactBudget -= exact.retainedChars() + ((kept != null) ? 0 : cutSql.length());
				tally.keep(exact, callSite);
			}
			long inListKey = (fingerprint.inListSize() > 1) ? InListKey.of(sql, values) : 0;
			addToGroup(tally, fingerprint, callSite, execution, index, sql, cutSql, hash, exact, inListKey, stack);
		}
		if (records.statements.size() < this.maxStatements) {
			records.statements.add(new RecordedStatement(index, (execution.sql() != null) ? cutSql : null, fingerprint,
					ParameterValues.render(execution.parameters()),
					this.keepExplainValues ? ParameterValues.simpleValues(execution.parameters()) : List.of(),
					Math.max(0, execution.endNanosOrNow() - this.startNanos),
					execution.durationNanos(), execution.batchSize(), execution.rows(), execution.success(),
					ParameterValues.cut(execution.error(), ParameterValues.MAX_VALUE_LENGTH),
					execution.dataSourceName(), callSite));
		}
	}

	private void addToGroup(FingerprintTally tally, Fingerprint fingerprint, CallSite callSite,
			StatementExecution execution, int index, String sql, String cutSql, long hash, ExactStatement exact,
			long inListKey, List<String> stack) {
		StatementGroup group = tally.lastGroup;
		if (group == null || !group.callSite.equals(callSite)) {
			group = group(fingerprint, callSite, execution, index, sql, cutSql, hash, exact);
			if (group == null) {
				return;
			}
			tally.lastGroup = group;
		}
		this.lastGroup = group;
		group.add(execution.durationNanos(), sql, execution.parameters(), hash, fingerprint.inListSize(), inListKey,
				execution.batchSize());
		if (group.stack == null && stack != null) {
			group.stack = stack;
		}
		if (group.association == null) {
			group.association = activities().current().associationLoad;
		}
	}

	private StatementGroup group(Fingerprint fingerprint, CallSite callSite, StatementExecution execution, int index,
			String sql, String cutSql, long hash, ExactStatement exact) {
		GroupKey key = new GroupKey(fingerprint.text(), callSite);
		Map<GroupKey, StatementGroup> groups = this.records.groups;
		StatementGroup group = groups.get(key);
		if (group == null) {
			if (groups.size() >= MAX_FINGERPRINTS) {
				return null;
			}
			ExactStatement first = (exact != null) ? exact
					: ExactStatement.of(sql, cutSql, execution.parameters(), hash);
			group = new StatementGroup(fingerprint, callSite, index, first);
			groups.put(key, group);
		}
		return group;
	}

	/**
	 * Closes the scope: unbinds it from the current thread (restoring an enclosing scope),
	 * analyses it and hands the report to the listeners. Only the first call has an
	 * effect.
	 * @throws NPlusOneDetectedException when N+1 patterns were found and the detection
	 * mode is {@code fail}
	 */
	@Override
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			if (this.sampling != COUNTED) {
				this.tracker.noLongerAnalysable();
			}
			this.durationNanos = System.nanoTime() - this.startNanos;
			this.origins = null; // the entities must not outlive the unit of work
		}
		ThreadActivities activities = this.activities;
		if (activities != null) {
			activities.clear();
		}
		this.tracker.closed(this);
	}

	/**
	 * The scope's report, once it is closed and analysed.
	 * @return the report, or {@code null} while open (or when the analysis failed)
	 */
	public ScopeReport report() {
		return this.report;
	}

	/** Whether {@link #close()} was called. */
	public synchronized boolean isClosed() {
		return this.closed;
	}

	/**
	 * A request's name: the method and the path as received (context path included), with
	 * the route template beside it where one matched and says more, such as
	 * {@code GET /shop/customers/7 (/customers/{id})}. Placeholders for unmatched routes
	 * ({@code REDIRECTION}, {@code UNKNOWN}) stay in the metrics' tags only.
	 */
	static String requestName(String method, String uri, String path, String openedAs) {
		if (path == null) {
			return method + " " + uri;
		}
		boolean template = uri != null && uri.startsWith("/");
		if (template && !path.endsWith(uri)) {
			return method + " " + path + " (" + uri + ")";
		}
		// Most often the name the scope was opened with already reads so: no second copy.
		return isJoined(openedAs, method, path) ? openedAs : method + " " + path;
	}

	// Whether text is method, a space and path.
	private static boolean isJoined(String text, String method, String path) {
		int space = method.length();
		return text != null && text.length() == space + 1 + path.length() && text.charAt(space) == ' '
				&& text.startsWith(method) && text.endsWith(path);
	}

	synchronized ScopeReport analyse(DetectionSettings settings, ScopeAnalyzer analyzer) {
		// The counts no longer change once the scope is closed: a read-only view, not a copy.
		Map<StatementType, Integer> byType = new StatementCounts(this.countsByType);
		String reportName = (this.method != null) ? requestName(this.method, this.uri, this.path, this.name)
				: this.name;
		if (this.sampling == COUNTED) {
			return new ScopeReport(this.id, this.kind, reportName, this.method, this.uri, this.path, this.status,
					Instant.ofEpochMilli(this.startedAtMillis), this.durationNanos, this.count, this.totalNanos, byType, this.failed,
					List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
		}
		Records records = (this.records != null) ? this.records : new Records();
		ScopeAnalyzer.Result result = analyzer.analyse(settings, this.uri, this.path, records.groups.values(),
				records.tallies.values(), records.statements, this.eagerLoads, this::loaderOf);
		return new ScopeReport(this.id, this.kind, reportName, this.method, this.uri, this.path, this.status,
				Instant.ofEpochMilli(this.startedAtMillis), this.durationNanos, this.count, this.totalNanos, byType, this.failed,
				List.copyOf(records.statements), result.groups(), result.nPlusOne(), result.duplicates(),
				result.batchedLoads(), result.unusedEagerLoads(), true);
	}

	// What an analysed scope keeps of its statements.
	private static final class Records {

		final List<RecordedStatement> statements = new ArrayList<>();

		final Map<String, FingerprintTally> tallies = new HashMap<>();

		final Map<GroupKey, StatementGroup> groups = new HashMap<>();

	}

}
