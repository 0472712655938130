package dev.n1query.jpa;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * After Hibernate loads an entity in a scope, tells the scope which of its collections came
 * loaded with it: initialised by a fetch join or an entity graph (or an EAGER mapping
 * fetched by a join). To-one associations are left out here: Hibernate hands out an
 * instance already in the persistence context whether or not the query fetched it, so a
 * fetch cannot be told from a reuse; {@link N1HibernateIntegrator} notes the EAGER ones
 * that made Hibernate run a statement, and EAGER collections loaded by their own select.
 */
final class EagerLoadObserver implements PostLoadEventListener {

	private final Supplier<QueryTracker> tracker;

	private final Function<SessionFactoryImplementor, HibernateModel> model;

	EagerLoadObserver(Supplier<QueryTracker> tracker, Function<SessionFactoryImplementor, HibernateModel> model) {
		this.tracker = tracker;
		this.model = model;
	}

	@Override
	public void onPostLoad(PostLoadEvent event) {
		try {
			QueryScope scope = this.tracker.get().analysedScope();
			if (scope == null || event.getEntity() == null) {
				return;
			}
			EntityPersister persister = event.getPersister();
			List<HibernateModel.Association> collections = this.model.apply(persister.getFactory())
				.collectionsOf(persister.getMappedClass());
			if (!collections.isEmpty()) {
				noteEagerLoads(scope, event.getEntity(), persister, collections);
			}
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("observing a Hibernate eager load", ex);
		}
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
