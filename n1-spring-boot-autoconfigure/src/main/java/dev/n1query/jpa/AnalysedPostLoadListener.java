package dev.n1query.jpa;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;

/**
 * N1's one post-load listener: runs for every entity Hibernate loads, so it finds the
 * thread's analysed scope and the session factory's model once, and hands both to each
 * observer in turn (in order: each may rely on what the ones before it told the scope). In a
 * scope not analysed it does nothing more. A failure in one observer is logged and swallowed
 * without stopping the others.
 */
final class AnalysedPostLoadListener implements PostLoadEventListener {

	private final Supplier<QueryTracker> tracker;

	private final Function<PostLoadEvent, HibernateModel> model;

	private final ScopedPostLoadObserver[] observers;

	/**
	 * Creates the listener.
	 * @param tracker the tracker, looked up when first needed
	 * @param model the model of the session factory an event comes from
	 * @param observers what runs for each entity, in order
	 */
	AnalysedPostLoadListener(Supplier<QueryTracker> tracker, Function<PostLoadEvent, HibernateModel> model,
			List<ScopedPostLoadObserver> observers) {
		this.tracker = tracker;
		this.model = model;
		this.observers = observers.toArray(ScopedPostLoadObserver[]::new);
	}

	@Override
	public void onPostLoad(PostLoadEvent event) {
		QueryScope scope;
		HibernateModel model;
		try {
			scope = this.tracker.get().analysedScope();
			if (scope == null || event.getEntity() == null) {
				return;
			}
			model = this.model.apply(event);
		}
		catch (RuntimeException | LinkageError ex) {
			N1Failures.swallow("observing a Hibernate entity load", ex);
			return;
		}
		for (ScopedPostLoadObserver observer : this.observers) {
			try {
				observer.onPostLoad(event, scope, model);
			}
			catch (RuntimeException | LinkageError ex) {
				N1Failures.swallow(observer.describe(), ex);
			}
		}
	}

}
