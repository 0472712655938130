package dev.n1query.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.EagerLoad;
import dev.n1query.core.LoadOrigin;
import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.InitializeCollectionEvent;
import org.hibernate.event.spi.InitializeCollectionEventListener;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Hibernate integration: around every lazy initialisation of a collection and every
 * proxy initialisation of an entity, tells the current query scope which association is
 * being loaded, so its statements are attributed to {@code Entity.association}. N1's
 * listener runs Hibernate's own inside it, and restores the scope in a {@code finally},
 * also when the load fails. A {@link LoadOriginObserver} tells the scope which association
 * holds each instance not loaded yet and which query the owners came from, so a load names
 * the right association among several to the same entity, and its path from the root. Lazy
 * to-one associations of bytecode-enhanced entities load without such an event: an
 * {@link EnhancedProxyLoadObserver} attributes them after the load. After every load, an
 * {@link EagerLoadObserver} tells the scope which associations came with the entity, for
 * the unused-eager-loading report.
 */
public final class N1HibernateIntegrator implements Integrator {

	private final Supplier<QueryTracker> tracker;

	private final boolean observeEagerLoads;

	private final Function<SessionFactoryImplementor, HibernateModel> modelBuilder;

	// One model per session factory: an application can have several.
	private final Map<SessionFactoryImplementor, HibernateModel> models = new ConcurrentHashMap<>();

	// In integration order; an application has one per persistence unit.
	private final List<SessionFactoryImplementor> sessionFactories = new CopyOnWriteArrayList<>();

	// Session factories whose model could not be built, with why: not built again per load
	// (callers swallow the failure, logged once).
	private final Map<SessionFactoryImplementor, RuntimeException> unreadable = new ConcurrentHashMap<>();

	// The model last asked for: asked per entity loaded, and an application almost always
	// has one session factory.
	private volatile FactoryModel latest;

	private record FactoryModel(SessionFactoryImplementor factory, HibernateModel model) {
	}

	/**
	 * Creates the integrator.
	 * @param tracker the tracker, looked up when first needed
	 * @param observeEagerLoads whether to tell scopes which associations are fetched
	 * eagerly (for {@code n1.detection.unused-eager-loading})
	 */
	public N1HibernateIntegrator(Supplier<QueryTracker> tracker, boolean observeEagerLoads) {
		this(tracker, observeEagerLoads, HibernateModel::new);
	}

	// Tests build a model that fails, as one could on a mapping N1 does not expect.
	N1HibernateIntegrator(Supplier<QueryTracker> tracker, boolean observeEagerLoads,
			Function<SessionFactoryImplementor, HibernateModel> modelBuilder) {
		this.tracker = tracker;
		this.observeEagerLoads = observeEagerLoads;
		this.modelBuilder = modelBuilder;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		this.sessionFactories.add(sessionFactory);
		EventListenerRegistry registry = sessionFactory.getEventEngine().getListenerRegistry();
		// Hibernate's own listeners run inside N1's, so that a load that fails (an
		// ObjectNotFoundException, a JDBC error) still leaves its frame: nothing stale stays on
		// the thread to misattribute later statements.
		EventListenerGroup<InitializeCollectionEventListener> collections = registry
			.getEventListenerGroup(EventType.INIT_COLLECTION);
		InitializeCollectionEventListener[] collectionListeners = listenersOf(collections)
			.toArray(InitializeCollectionEventListener[]::new);
		collections.clearListeners();
		collections.appendListener((event) -> {
			// Only where a scope is analysed: otherwise (no scope, or a request sampling left
			// out) there is nothing to tell, so no frame and no lookups.
			QueryScope scope = analysedScope();
			if (scope != null) {
				enterCollectionLoad(scope, event, sessionFactory);
			}
			try {
				for (InitializeCollectionEventListener listener : collectionListeners) {
					listener.onInitializeCollection(event);
				}
			}
			finally {
				if (scope != null) {
					leave();
				}
			}
		});
		EventListenerGroup<LoadEventListener> loads = registry.getEventListenerGroup(EventType.LOAD);
		LoadEventListener[] loadListeners = listenersOf(loads).toArray(LoadEventListener[]::new);
		loads.clearListeners();
		loads.appendListener((event, type) -> {
			// Only association loads, and only where a scope is analysed (as for collections).
			QueryScope scope = isAssociationLoad(type) ? analysedScope() : null;
			if (scope != null) {
				enterToOneLoad(scope, event, type, sessionFactory);
			}
			try {
				for (LoadEventListener listener : loadListeners) {
					listener.onLoad(event, type);
				}
			}
			finally {
				if (scope != null) {
					leave();
				}
			}
		});
		List<ScopedPostLoadObserver> afterLoad = new ArrayList<>();
		afterLoad.add(new EnhancedProxyLoadObserver());
		afterLoad.add(new LoadOriginObserver(this::currentLoad));
		if (this.observeEagerLoads) {
			afterLoad.add(new EagerLoadObserver());
		}
		registry.appendListeners(EventType.POST_LOAD, new AnalysedPostLoadListener(this.tracker,
				(event) -> model(event.getPersister().getFactory()), afterLoad));
	}

	private static <T> List<T> listenersOf(EventListenerGroup<T> group) {
		List<T> listeners = new ArrayList<>();
		group.listeners().forEach(listeners::add);
		return List.copyOf(listeners);
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory,
			org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
		this.models.remove(sessionFactory);
		this.unreadable.remove(sessionFactory);
		this.sessionFactories.remove(sessionFactory);
		this.latest = null;
	}

	/** The models of every session factory integrated (persistence unit) that N1 can read, latest first. */
	List<HibernateModel> models() {
		List<HibernateModel> all = new ArrayList<>(this.sessionFactories.size());
		for (SessionFactoryImplementor factory : this.sessionFactories) {
			try {
				all.add(0, model(factory));
			}
			catch (RuntimeException ex) { // a mapping N1 cannot read: the other units still count
				N1Failures.swallow("reading a Hibernate mapping", ex);
			}
		}
		return all;
	}

	private HibernateModel model(SessionFactoryImplementor sessionFactory) {
		FactoryModel latest = this.latest;
		if (latest != null && latest.factory() == sessionFactory) {
			return latest.model();
		}
		RuntimeException unreadable = this.unreadable.get(sessionFactory);
		if (unreadable != null) {
			throw unreadable; // the same instance: no stack trace filled per load
		}
		HibernateModel model;
		try {
			model = this.models.computeIfAbsent(sessionFactory, this.modelBuilder);
		}
		catch (RuntimeException ex) {
			this.unreadable.put(sessionFactory, ex);
			throw ex;
		}
		catch (LinkageError ex) { // a Hibernate version whose API differs from the one N1 was built with
			RuntimeException failure = new IllegalStateException("N1 cannot read this Hibernate version's mapping", ex);
			this.unreadable.put(sessionFactory, failure);
			throw failure;
		}
		this.latest = new FactoryModel(sessionFactory, model);
		return model;
	}

	// Proxy initialisation (IMMEDIATE_LOAD) and the internal loads of to-one associations:
	// EAGER ones loaded per row, and enhanced lazy ones. Not find() or getReference().
	private static boolean isAssociationLoad(LoadEventListener.LoadType type) {
		return type == LoadEventListener.IMMEDIATE_LOAD || type == LoadEventListener.INTERNAL_LOAD_EAGER
				|| type == LoadEventListener.INTERNAL_LOAD_LAZY || type == LoadEventListener.INTERNAL_LOAD_NULLABLE;
	}

	// Loads nest (a collection's elements load their own to-ones): each enter pushes one
	// frame, with what it replaced, restored by its leave, so leaves always pair up. Per
	// thread, a one-element array holding the innermost frame, linked to the ones it nests
	// in, and empty when no load runs: loads run per row, and a holder costs one lookup where
	// setting and removing a thread-local value per load cost three. An Object[] (not a
	// Frame[], whose class is the application's), so that an idle thread of a pool that
	// outlives the application pins none of its classes.
	private final ThreadLocal<Object[]> frames = ThreadLocal.withInitial(() -> new Object[1]);

	/**
	 * One load in progress.
	 * @param scope the analysed scope told about the load, or {@code null} when none was
	 * @param load the association being loaded, or {@code null}
	 * @param previous the association load it replaced in the scope
	 * @param eagerLoad what to tell the scope if the load runs a statement (an EAGER
	 * mapping that cost SQL), or {@code null}
	 * @param statementsBefore the scope's statement count when it started
	 * @param outer the frame this one nests in, or {@code null}
	 */
	private record Frame(QueryScope scope, AssociationLoad load, AssociationLoad previous, EagerLoad eagerLoad,
			int statementsBefore, Frame outer) {
	}

	/** The association being loaded lazily on this thread, or {@code null}. */
	AssociationLoad currentLoad() {
		Frame frame = (Frame) this.frames.get()[0];
		return (frame != null) ? frame.load() : null;
	}

	// The thread's analysed scope, or null: also while the tracker cannot be had (a load
	// during the application's start, before the tracker bean exists).
	private QueryScope analysedScope() {
		try {
			return this.tracker.get().analysedScope();
		}
		catch (RuntimeException | LinkageError ex) {
			N1Failures.swallow("looking up N1's query tracker", ex);
			return null;
		}
	}

	// What a load is for comes from N1's model of the mapping: a failure there is swallowed
	// like any other of N1's, and the load still gets its frame, empty, for leave() to pop.
	private void enterCollectionLoad(QueryScope scope, InitializeCollectionEvent event,
			SessionFactoryImplementor sessionFactory) {
		AssociationLoad load = null;
		EagerLoad eagerLoad = null;
		try {
			load = collectionLoad(scope, event, sessionFactory);
			eagerLoad = eagerMapped(event.getCollection().getRole(), sessionFactory);
		}
		catch (RuntimeException | LinkageError ex) {
			N1Failures.swallow("observing a Hibernate lazy load", ex);
		}
		enter(scope, load, eagerLoad);
	}

	private void enterToOneLoad(QueryScope scope, LoadEvent event, LoadEventListener.LoadType type,
			SessionFactoryImplementor sessionFactory) {
		AssociationLoad load = null;
		EagerLoad eagerLoad = null;
		try {
			load = proxyLoad(scope, event, type, sessionFactory);
			boolean eager = type == LoadEventListener.INTERNAL_LOAD_EAGER
					|| type == LoadEventListener.INTERNAL_LOAD_NULLABLE;
			if (eager && load != null && load.association() != null) {
				eagerLoad = eagerMapped(load.entity(), load.association(), sessionFactory);
			}
		}
		catch (RuntimeException | LinkageError ex) {
			N1Failures.swallow("observing a Hibernate lazy load", ex);
		}
		enter(scope, load, eagerLoad);
	}

	private void enter(QueryScope scope, AssociationLoad load, EagerLoad eagerLoad) {
		Object[] frames = this.frames.get();
		Frame outer = (Frame) frames[0];
		Frame frame = null;
		try {
			if (load != null) {
				// The repository method that loaded the roots, else the owners themselves.
				String root = (load.root() != null) ? load.root().entity() : load.entity();
				AssociationLoad named = load.withLoadedBy(scope.loaderOf(root));
				frame = new Frame(scope, named, scope.swapAssociationLoad(named), eagerLoad,
						(eagerLoad != null) ? scope.queryCount() : 0, outer);
			}
		}
		catch (RuntimeException | LinkageError ex) {
			N1Failures.swallow("observing a Hibernate lazy load", ex);
		}
		frames[0] = (frame != null) ? frame : new Frame(null, null, null, null, 0, outer);
	}

	private void leave() {
		Object[] frames = this.frames.get();
		Frame frame = (Frame) frames[0];
		if (frame == null) {
			return;
		}
		frames[0] = frame.outer();
		try {
			QueryScope scope = frame.scope();
			if (scope != null) {
				if (frame.eagerLoad() != null && scope.queryCount() > frame.statementsBefore()) {
					scope.noteEagerLoad(frame.eagerLoad());
				}
				scope.swapAssociationLoad(frame.previous());
			}
		}
		catch (RuntimeException | LinkageError ex) {
			N1Failures.swallow("observing a Hibernate lazy load", ex);
		}
	}

	// The association, when it is mapped EAGER and unused eager loading is observed.
	private EagerLoad eagerMapped(String role, SessionFactoryImplementor sessionFactory) {
		if (!this.observeEagerLoads || role == null) {
			return null;
		}
		return eagerLoadOf(model(sessionFactory).association(role));
	}

	private EagerLoad eagerMapped(String entity, String attribute, SessionFactoryImplementor sessionFactory) {
		if (!this.observeEagerLoads) {
			return null;
		}
		return eagerLoadOf(model(sessionFactory).association(entity, attribute));
	}

	private static EagerLoad eagerLoadOf(HibernateModel.Association association) {
		return (association != null && association.eagerMapping()) ? association.eagerLoad() : null;
	}

	private AssociationLoad collectionLoad(QueryScope scope, InitializeCollectionEvent event,
			SessionFactoryImplementor sessionFactory) {
		String role = event.getCollection().getRole();
		if (role == null) {
			return null;
		}
		AssociationLoad collection = model(sessionFactory).collectionLoadOf(role);
		Object ownerInstance = event.getAffectedOwnerOrNull();
		LoadOrigin origin = (ownerInstance != null) ? scope.originOf(ownerInstance) : null;
		return (origin != null && origin.root() != null) ? AssociationLoad.from(origin, collection.entity(),
				collection.association(), collection.kind()) : collection;
	}

	// A proxy being initialised: the association that holds that very proxy, where the scope
	// was told; otherwise the one association that points at its entity, if only one does.
	private AssociationLoad proxyLoad(QueryScope scope, LoadEvent event, LoadEventListener.LoadType type,
			SessionFactoryImplementor sessionFactory) {
		String target = event.getEntityClassName();
		if (target == null) {
			return null;
		}
		if (type == LoadEventListener.IMMEDIATE_LOAD && event.getEntityId() != null) {
			EntityPersister persister = sessionFactory.getMappingMetamodel().findEntityDescriptor(target);
			if (persister != null) {
				Object proxy = event.getSession()
					.getPersistenceContextInternal()
					.getProxy(event.getSession().generateEntityKey(event.getEntityId(), persister));
				if (proxy != null && scope.originOf(proxy) instanceof AssociationLoad holder
						&& holder.association() != null) {
					return holder;
				}
			}
		}
		return toOneLoadOf(target, model(sessionFactory));
	}

	/**
	 * The to-one association that loads an entity: named when exactly one association points
	 * at the entity, otherwise only the entity is known.
	 * @param target the loaded entity's class name
	 * @param model the Hibernate model
	 * @return the association load, without the repository method
	 */
	static AssociationLoad toOneLoadOf(String target, HibernateModel model) {
		return model.toOneLoadOf(target);
	}

}
