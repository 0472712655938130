package dev.n1query.jpa;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.n1query.core.EagerLoad;
import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * After Hibernate loads an entity in a scope, tells the scope which of its associations
 * came loaded with it: collections initialised by a fetch join, an entity graph or an
 * EAGER mapping, and to-one associations mapped EAGER. Lazy to-one associations are left
 * out: Hibernate hands out an instance already in the persistence context whether or not
 * the query fetched it, so a fetch cannot be told from a reuse.
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
			QueryScope scope = this.tracker.get().current();
			if (scope == null || event.getEntity() == null) {
				return;
			}
			EntityPersister persister = event.getPersister();
			List<HibernateModel.Association> associations = this.model.apply(persister.getFactory())
				.associationsOf(persister.getMappedClass());
			if (!associations.isEmpty()) {
				noteEagerLoads(scope, event.getEntity(), persister, associations);
			}
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("observing a Hibernate eager load", ex);
		}
	}

	private static void noteEagerLoads(QueryScope scope, Object entity, EntityPersister persister,
			List<HibernateModel.Association> associations) {
		PersistenceUnitUtil loaded = persister.getFactory().getPersistenceUnitUtil();
		String owner = persister.getMappedClass().getSimpleName();
		for (HibernateModel.Association association : associations) {
			if (!association.isCollection() && !association.eagerMapping()) {
				continue;
			}
			// isLoaded never initialises anything, on enhanced entities either.
			if (!loaded.isLoaded(entity, association.name())
					|| (!association.isCollection() && persister.getPropertyValue(entity, association.name()) == null)) {
				continue;
			}
			// The repository method is named when the scope is analysed: Spring Data reports it
			// only once it returns.
			scope.noteEagerLoad(new EagerLoad(owner, association.name(), association.kind(), association.eagerMapping(),
					null));
		}
	}

}
