package dev.n1query.web;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Tells the request's query scope which properties a Spring EL expression reads, for the
 * unused-eager-loading report: placed first among the property accessors, it records
 * {@code customer.orders} and declines, so the usual accessor reads. Spring EL asks the
 * accessors on every read of a bean property (it only reuses an accessor that is in the
 * list, and the reflective one hands out another). Getter calls are recorded by
 * {@link GetterCallRecorder}.
 */
final class EntityReadRecorder implements PropertyAccessor {

	private final QueryTracker tracker;

	EntityReadRecorder(QueryTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public Class<?>[] getSpecificTargetClasses() {
		return null; // every target
	}

	@Override
	public boolean canRead(EvaluationContext context, Object target, String name) {
		if (target != null) {
			record(target, name);
		}
		return false;
	}

	@Override
	public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
		throw new AccessException("N1 only records reads");
	}

	@Override
	public boolean canWrite(EvaluationContext context, Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, Object target, String name, Object newValue)
			throws AccessException {
		throw new AccessException("N1 only records reads");
	}

	/** Whether the current thread's scope is analysed and records reads. */
	boolean watched() {
		QueryScope scope = this.tracker.analysedScope();
		return scope != null && scope.watchesReads();
	}

	void record(Object target, String property) {
		QueryScope scope = this.tracker.analysedScope();
		if (scope != null && scope.watchesReads()) {
			scope.noteRead(target.getClass(), property);
		}
	}

}
