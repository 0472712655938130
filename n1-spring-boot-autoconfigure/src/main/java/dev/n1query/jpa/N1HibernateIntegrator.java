package dev.n1query.jpa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.EagerLoad;
import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.InitializeCollectionEvent;
import org.hibernate.event.spi.InitializeCollectionEventListener;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;
import org.hibernate.integrator.spi.Integrator;

/**
 * Hibernate integration: around every lazy initialisation of a collection and every
 * proxy initialisation of an entity, tells the current query scope which association is
 * being loaded, so its statements are attributed to {@code Entity.association}. A
 * listener placed before Hibernate's own sets it, one placed after restores it. Lazy
 * to-one associations of bytecode-enhanced entities load without such an event: an
 * {@link EnhancedProxyLoadObserver} attributes them after the load. After every load, an
 * {@link EagerLoadObserver} tells the scope which associations came with the entity, for
 * the unused-eager-loading report.
 */
public final class N1HibernateIntegrator implements Integrator {

	private final Supplier<QueryTracker> tracker;

	private final boolean observeEagerLoads;

	// One model per session factory: an application can have several.
	private final Map<SessionFactoryImplementor, HibernateModel> models = new ConcurrentHashMap<>();

	// In integration order; an application has one per persistence unit.
	private final List<SessionFactoryImplementor> sessionFactories = new CopyOnWriteArrayList<>();

	/**
	 * Creates the integrator.
	 * @param tracker the tracker, looked up when first needed
	 * @param observeEagerLoads whether to tell scopes which associations are fetched
	 * eagerly (for {@code n1.detection.unused-eager-loading})
	 */
	public N1HibernateIntegrator(Supplier<QueryTracker> tracker, boolean observeEagerLoads) {
		this.tracker = tracker;
		this.observeEagerLoads = observeEagerLoads;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		this.sessionFactories.add(sessionFactory);
		EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
		registry.prependListeners(EventType.INIT_COLLECTION, (InitializeCollectionEventListener) (event) -> {
			AssociationLoad load = collectionLoad(event, sessionFactory);
			enter(load, eagerMapped(event.getCollection().getRole(), sessionFactory));
		});
		registry.appendListeners(EventType.INIT_COLLECTION, (InitializeCollectionEventListener) (event) -> leave());
		registry.prependListeners(EventType.LOAD, (LoadEventListener) (event, type) -> {
			if (isAssociationLoad(type)) {
				AssociationLoad load = proxyLoad(event, sessionFactory);
				boolean eager = type == LoadEventListener.INTERNAL_LOAD_EAGER
						|| type == LoadEventListener.INTERNAL_LOAD_NULLABLE;
				enter(load, (eager && load != null && load.association() != null)
						? eagerMapped(load.entity() + "." + load.association(), sessionFactory) : null);
			}
		});
		registry.appendListeners(EventType.LOAD, (LoadEventListener) (event, type) -> {
			if (isAssociationLoad(type)) {
				leave();
			}
		});
		registry.appendListeners(EventType.POST_LOAD, new EnhancedProxyLoadObserver(this.tracker, this::model));
		if (this.observeEagerLoads) {
			registry.appendListeners(EventType.POST_LOAD, new EagerLoadObserver(this.tracker, this::model));
		}
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory,
			org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
		this.models.remove(sessionFactory);
		this.sessionFactories.remove(sessionFactory);
	}

	/** The models of every session factory integrated (persistence unit), latest first. */
	List<HibernateModel> models() {
		List<HibernateModel> all = new ArrayList<>(this.sessionFactories.size());
		for (SessionFactoryImplementor factory : this.sessionFactories) {
			all.add(0, model(factory));
		}
		return all;
	}

	private HibernateModel model(SessionFactoryImplementor sessionFactory) {
		return this.models.computeIfAbsent(sessionFactory, HibernateModel::new);
	}

	// Proxy initialisation (IMMEDIATE_LOAD) and the internal loads of to-one associations:
	// EAGER ones loaded per row, and enhanced lazy ones. Not find() or getReference().
	private static boolean isAssociationLoad(LoadEventListener.LoadType type) {
		return type == LoadEventListener.IMMEDIATE_LOAD || type == LoadEventListener.INTERNAL_LOAD_EAGER
				|| type == LoadEventListener.INTERNAL_LOAD_LAZY || type == LoadEventListener.INTERNAL_LOAD_NULLABLE;
	}

	// Loads nest (a collection's elements load their own to-ones): each enter pushes one
	// frame, with what it replaced, restored by its leave, so leaves always pair up.
	private final ThreadLocal<ArrayDeque<Frame>> frames = ThreadLocal.withInitial(ArrayDeque::new);

	/**
	 * One load in progress.
	 * @param previous the association load it replaced in the scope
	 * @param eagerLoad what to tell the scope if the load runs a statement (an EAGER
	 * mapping that cost SQL), or {@code null}
	 * @param statementsBefore the scope's statement count when it started
	 */
	private record Frame(AssociationLoad previous, EagerLoad eagerLoad, int statementsBefore) {
	}

	private void enter(AssociationLoad load, EagerLoad eagerLoad) {
		Frame frame = new Frame(null, null, 0);
		try {
			QueryScope scope = this.tracker.get().current();
			if (scope != null && load != null) {
				AssociationLoad named = new AssociationLoad(load.entity(), load.association(), load.kind(),
						scope.loaderOf(load.entity()));
				frame = new Frame(scope.swapAssociationLoad(named), eagerLoad,
						(eagerLoad != null) ? scope.queryCount() : 0);
			}
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("observing a Hibernate lazy load", ex);
		}
		this.frames.get().push(frame);
	}

	private void leave() {
		ArrayDeque<Frame> stack = this.frames.get();
		Frame frame = stack.isEmpty() ? new Frame(null, null, 0) : stack.pop();
		if (stack.isEmpty()) {
			this.frames.remove();
		}
		try {
			QueryScope scope = this.tracker.get().current();
			if (scope != null) {
				if (frame.eagerLoad() != null && scope.queryCount() > frame.statementsBefore()) {
					scope.noteEagerLoad(frame.eagerLoad());
				}
				scope.swapAssociationLoad(frame.previous());
			}
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("observing a Hibernate lazy load", ex);
		}
	}

	// The association, when it is mapped EAGER and unused eager loading is observed.
	private EagerLoad eagerMapped(String role, SessionFactoryImplementor sessionFactory) {
		if (!this.observeEagerLoads || role == null) {
			return null;
		}
		HibernateModel.Association association = model(sessionFactory).association(role);
		return (association != null && association.eagerMapping()) ? association.eagerLoad() : null;
	}

	private AssociationLoad collectionLoad(InitializeCollectionEvent event, SessionFactoryImplementor sessionFactory) {
		String role = event.getCollection().getRole();
		if (role == null) {
			return null;
		}
		int dot = role.lastIndexOf('.');
		String owner = role.substring(0, dot);
		return new AssociationLoad(owner.substring(owner.lastIndexOf('.') + 1), role.substring(dot + 1),
				model(sessionFactory).collectionKind(role), null);
	}

	private AssociationLoad proxyLoad(LoadEvent event, SessionFactoryImplementor sessionFactory) {
		String target = event.getEntityClassName();
		return (target != null) ? toOneLoadOf(target, model(sessionFactory)) : null;
	}

	/**
	 * The to-one association that loads an entity: named when exactly one association points
	 * at the entity, otherwise only the entity is known.
	 * @param target the loaded entity's class name
	 * @param model the Hibernate model
	 * @return the association load, without the repository method
	 */
	static AssociationLoad toOneLoadOf(String target, HibernateModel model) {
		AssociationLoad owner = model.uniqueToOneOwner(target);
		return (owner != null) ? owner
				: new AssociationLoad(target.substring(target.lastIndexOf('.') + 1), null, "many-to-one", null);
	}

}
