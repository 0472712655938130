package dev.n1query.jpa;

import java.util.List;
import java.util.function.Supplier;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.EntityNames;
import dev.n1query.core.LoadOrigin;
import dev.n1query.core.QueryScope;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.PostLoadEvent;

/**
 * After Hibernate loads an entity in a scope, tells the scope where the instance came from
 * (the association being loaded lazily, or else the query that just ran: a root), and which
 * association holds each of its to-one references not loaded yet (proxies, enhanced
 * proxies), by identity. A later lazy load then names the association that holds the
 * instance being initialised, even when several associations point at its entity, and the
 * path from the root query to it ({@code orders.lines}).
 */
final class LoadOriginObserver implements ScopedPostLoadObserver {

	private final Supplier<AssociationLoad> currentLoad;

	LoadOriginObserver(Supplier<AssociationLoad> currentLoad) {
		this.currentLoad = currentLoad;
	}

	@Override
	public void onPostLoad(PostLoadEvent event, QueryScope scope, HibernateModel model) {
		Class<?> type = event.getPersister().getMappedClass();
		List<HibernateModel.Association> associations = model.associationsOf(type);
		if (associations.isEmpty()) {
			return; // it cannot load anything more
		}
		String name = EntityNames.of(type);
		Object entity = event.getEntity();
		// Loaded by the lazy load in progress, or else by the query that just ran.
		LoadOrigin origin = scope.noteLoaded(entity, name, this.currentLoad.get());
		if (origin != null) {
			noteReferences(scope, event, entity, name, origin, model.toOnesOf(type));
		}
	}

	@Override
	public String describe() {
		return "observing where a Hibernate entity came from";
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
