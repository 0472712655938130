package dev.n1query.jpa;

import java.util.List;

import dev.n1query.core.QueryScope;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.persister.entity.EntityPersister;

/**
 * After Hibernate loads an entity in a scope, tells the scope which of its collections came
 * loaded with it: initialised by a fetch join or an entity graph (or an EAGER mapping
 * fetched by a join). To-one associations are left out here: Hibernate hands out an
 * instance already in the persistence context whether or not the query fetched it, so a
 * fetch cannot be told from a reuse; {@link N1HibernateIntegrator} notes the EAGER ones
 * that made Hibernate run a statement, and EAGER collections loaded by their own select.
 */
final class EagerLoadObserver implements ScopedPostLoadObserver {

	@Override
	public void onPostLoad(PostLoadEvent event, QueryScope scope, HibernateModel model) {
		EntityPersister persister = event.getPersister();
		List<HibernateModel.Association> collections = model.collectionsOf(persister.getMappedClass());
		if (!collections.isEmpty()) {
			noteEagerLoads(scope, event.getEntity(), persister, collections);
		}
	}

	@Override
	public String describe() {
		return "observing a Hibernate eager load";
	}

	private static void noteEagerLoads(QueryScope scope, Object entity, EntityPersister persister,
			List<HibernateModel.Association> collections) {
		PersistenceUnitUtil loaded = persister.getFactory().getPersistenceUnitUtil();
		for (int i = 0; i < collections.size(); i++) { // no iterator: runs per entity loaded
			HibernateModel.Association collection = collections.get(i);
			// isLoaded never initialises anything, on enhanced entities either. The repository
			// method is named when the scope is analysed: Spring Data reports it once it returns.
			if (loaded.isLoaded(entity, collection.name())) {
				scope.noteEagerLoad(collection.eagerLoad());
			}
		}
	}

}
