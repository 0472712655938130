package dev.n1query.context;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer's context propagation carry the current query scope to other threads:
 * Spring's {@code ContextPropagatingTaskDecorator} (Boot:
 * {@code spring.task.execution.propagate-context=true}) then records the statements of
 * {@code @Async} methods and MVC async handlers run on the application's task executor
 * in the request that started them.
 */
public final class QueryScopeAccessor implements ThreadLocalAccessor<QueryScope> {

	private final QueryTracker tracker;

	private final String key;

	/**
	 * Creates the accessor.
	 * @param tracker the tracker whose scopes are carried
	 */
	public QueryScopeAccessor(QueryTracker tracker) {
		this.tracker = tracker;
		this.key = "n1.scope." + Integer.toHexString(System.identityHashCode(tracker));
	}

	@Override
	public String key() {
		return this.key;
	}

	@Override
	public QueryScope getValue() {
		QueryScope scope = this.tracker.current();
		return (scope != null && !scope.isClosed()) ? scope : null;
	}

	@Override
	public void setValue(QueryScope scope) {
		this.tracker.attach(scope);
	}

	@Override
	public void setValue() {
		QueryScope current = this.tracker.current();
		if (current != null) {
			this.tracker.detach(current);
		}
	}

	@Override
	public void restore(QueryScope previous) {
		this.tracker.attach(previous);
	}

}
