package dev.n1query.jpa;

import dev.n1query.core.QueryScope;
import org.hibernate.event.spi.PostLoadEvent;

/**
 * Something N1 learns from an entity Hibernate just loaded in an analysed scope. Called by
 * {@link AnalysedPostLoadListener}, which looks the scope and the model up once per entity for
 * all of them.
 */
interface ScopedPostLoadObserver {

	/**
	 * Observes one loaded entity.
	 * @param event Hibernate's event, its entity never {@code null}
	 * @param scope the analysed scope of the thread
	 * @param model the model of the event's session factory
	 */
	void onPostLoad(PostLoadEvent event, QueryScope scope, HibernateModel model);

	/** What the observer does, for the log line of a failure it swallows. */
	String describe();

}
