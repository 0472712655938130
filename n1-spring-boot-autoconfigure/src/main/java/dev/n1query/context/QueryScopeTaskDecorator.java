package dev.n1query.context;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;

import org.springframework.core.task.TaskDecorator;

/**
 * Carries the submitting thread's query scope, and nothing else, to the thread that runs
 * a task, so statements of {@code @Async} methods, MVC async handlers and futures on the
 * application's task executor are recorded in the request (or job) that started them.
 * <p>
 * Auto-configured as a {@code TaskDecorator} bean, which Spring Boot composes with the
 * application's own decorators for the executors and schedulers it builds. To cover an
 * executor the application builds itself: {@code executor.setTaskDecorator(decorator)}
 * (or {@code new CompositeTaskDecorator(List.of(own, decorator))} next to an own one).
 * When another decorator (Micrometer's context propagation) already bound the same scope,
 * this one does nothing.
 */
public final class QueryScopeTaskDecorator implements TaskDecorator {

	private final QueryTracker tracker;

	/**
	 * Creates the decorator.
	 * @param tracker the tracker whose scopes are carried
	 */
	public QueryScopeTaskDecorator(QueryTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public Runnable decorate(Runnable runnable) {
		QueryScope scope = this.tracker.current();
		if (scope == null || scope.isClosed()) {
			return runnable;
		}
		return () -> {
			QueryScope previous = this.tracker.current();
			if (previous == scope || scope.isClosed()) {
				// Already bound (context propagation, same thread), or the submitter has finished
				// (a task scheduled to repeat): its statements are counted outside any scope.
				runnable.run();
				return;
			}
			this.tracker.attach(scope);
			try {
				runnable.run();
			}
			finally {
				if (previous != null) {
					this.tracker.attach(previous);
				}
				else {
					this.tracker.detach(scope);
				}
			}
		};
	}

}
