package dev.n1query.jpa;

import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostLoadEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N1's one post-load listener runs its observers in order, only for an entity loaded in an
 * analysed scope, and a failing observer neither stops the next ones nor reaches Hibernate.
 */
class AnalysedPostLoadListenerTests {

	private final QueryTracker tracker = new QueryTracker();

	private final List<String> calls = new ArrayList<>();

	private AnalysedPostLoadListener listener(ScopedPostLoadObserver... observers) {
		return new AnalysedPostLoadListener(() -> this.tracker, (event) -> null, List.of(observers));
	}

	private ScopedPostLoadObserver recording(String name) {
		return new ScopedPostLoadObserver() {

			@Override
			public void onPostLoad(PostLoadEvent event, QueryScope scope, HibernateModel model) {
				AnalysedPostLoadListenerTests.this.calls.add(name + " " + event.getEntity() + " in " + scope.name());
			}

			@Override
			public String describe() {
				return name;
			}

		};
	}

	private ScopedPostLoadObserver failing() {
		return new ScopedPostLoadObserver() {

			@Override
			public void onPostLoad(PostLoadEvent event, QueryScope scope, HibernateModel model) {
				AnalysedPostLoadListenerTests.this.calls.add("failing");
				if (AnalysedPostLoadListenerTests.this.calls.size() % 2 == 0) {
					throw new IllegalStateException("broken observer");
				}
				// Another Hibernate version than N1 was built with.
				throw new NoSuchMethodError("org.hibernate.event.spi.PostLoadEvent.getEntity()");
			}

			@Override
			public String describe() {
				return "a failing test observer";
			}

		};
	}

	private static PostLoadEvent loaded(Object entity) {
		PostLoadEvent event = new PostLoadEvent((EventSource) null);
		event.setEntity(entity);
		return event;
	}

	@Test
	void observersRunInOrderAndAFailureStopsNone() {
		AnalysedPostLoadListener listener = listener(recording("first"), failing(), recording("last"));
		try (QueryScope scope = this.tracker.open("page")) {
			listener.onPostLoad(loaded("customer-1"));
			listener.onPostLoad(loaded("customer-2"));
		}
		assertThat(this.calls).containsExactly("first customer-1 in page", "failing", "last customer-1 in page",
				"first customer-2 in page", "failing", "last customer-2 in page");
	}

	@Test
	void nothingRunsWithoutAnAnalysedScopeOrAnEntity() {
		AnalysedPostLoadListener listener = listener(recording("only"));
		listener.onPostLoad(loaded("customer-1"));
		try (QueryScope scope = this.tracker.open("page")) {
			listener.onPostLoad(loaded(null));
		}
		assertThat(this.calls).isEmpty();
	}

}
