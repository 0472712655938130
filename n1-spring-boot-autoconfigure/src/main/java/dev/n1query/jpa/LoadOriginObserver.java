package dev.n1query.jpa;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.EntityNames;
import dev.n1query.core.LoadOrigin;
import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;

/**
 * After Hibernate loads an entity in a scope, tells the scope where the instance came from
 * (the association being loaded lazily, or else the query that just ran: a root), and which
 * association holds each of its to-one references not loaded yet (proxies, enhanced
 * proxies), by identity. A later lazy load then names the association that holds the
 * instance being initialised, even when several associations point at its entity, and the
 * path from the root query to it ({@code orders.lines}).
 */
final class LoadOriginObserver implements PostLoadEventListener {

	private final Supplier<QueryTracker> tracker;

	private final Function<SessionFactoryImplementor, HibernateModel> model;

	private final Supplier<AssociationLoad> currentLoad;

	LoadOriginObserver(Supplier<QueryTracker> tracker, Function<SessionFactoryImplementor, HibernateModel> model,
			Supplier<AssociationLoad> currentLoad) {
		this.tracker = tracker;
		this.model = model;
		this.currentLoad = currentLoad;
	}

	@Override
	public void onPostLoad(PostLoadEvent event) {
		try {
			QueryScope scope = this.tracker.get().analysedScope();
			Object entity = event.getEntity();
			if (scope == null || entity == null) {
				return;
			}
			Class<?> type = event.getPersister().getMappedClass();
			HibernateModel model = this.model.apply(event.getPersister().getFactory());
			List<HibernateModel.Association> associations = model.associationsOf(type);
			if (associations.isEmpty()) {
				return; // it cannot load anything more
			}
			String name = EntityNames.of(type);
			LoadOrigin origin = scope.originOf(entity);
			if (origin == null) {
				origin = originOfNew(scope, name);
				if (origin == null) {
					return;
				}
				scope.noteOrigin(entity, origin);
			}
			noteReferences(scope, event, entity, name, origin, model.toOnesOf(type));
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("observing where a Hibernate entity came from", ex);
		}
	}

	// Loaded by the lazy load in progress, or else by the query that just ran.
	private LoadOrigin originOfNew(QueryScope scope, String entity) {
		AssociationLoad load = this.currentLoad.get();
		if (load != null) {
			return load;
		}
		return scope.latestRootQuery(entity);
	}

	private static void noteReferences(QueryScope scope, PostLoadEvent event, Object entity, String name,
			LoadOrigin origin, List<HibernateModel.Association> toOnes) {
		if (toOnes.isEmpty()) {
			return;
		}
		EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(entity);
		Object[] state = (entry != null) ? entry.getLoadedState() : null;
		if (state == null) {
			return;
		}
		for (int i = 0; i < toOnes.size(); i++) { // no iterator: runs per entity loaded
			HibernateModel.Association association = toOnes.get(i);
			int position = association.statePosition();
			if (position < 0 || position >= state.length) {
				continue;
			}
			Object reference = state[position];
			// Only references not loaded yet: an initialised one never loads again. The first
			// association seen holding an instance keeps it.
			if (reference != null && !Hibernate.isInitialized(reference)) {
				scope.noteReference(reference, origin, name, association.name(), association.kind());
			}
		}
	}

}
