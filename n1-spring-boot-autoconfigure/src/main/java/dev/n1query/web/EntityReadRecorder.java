package dev.n1query.web;

import java.util.List;

import dev.n1query.core.EntityNames;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Tells the request's query scope which properties a Spring EL expression reads, for the
 * unused-eager-loading report. As a property accessor placed first it records
 * {@code customer.orders} and declines, so the usual accessor reads; as a method resolver
 * placed first it wraps the executor the other resolvers find for a getter
 * ({@code customer.getOrders()}), because Spring EL reuses a resolved method without asking
 * again. Costs one thread-local read per access unless the scope saw an eager load.
 */
final class EntityReadRecorder implements PropertyAccessor, MethodResolver {

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

	@Override
	public MethodExecutor resolve(EvaluationContext context, Object target, String name,
			List<TypeDescriptor> argumentTypes) throws AccessException {
		String property = argumentTypes.isEmpty() ? propertyOfGetter(name) : null;
		if (property == null) {
			return null;
		}
		for (MethodResolver resolver : context.getMethodResolvers()) {
			if (resolver != this) {
				MethodExecutor executor = resolver.resolve(context, target, name, argumentTypes);
				if (executor != null) {
					return new RecordingExecutor(executor, property);
				}
			}
		}
		return null;
	}

	private void record(Object target, String property) {
		QueryScope scope = this.tracker.current();
		if (scope != null && scope.watchesReads()) {
			scope.noteRead(EntityNames.of(target.getClass()), property);
		}
	}

	private static String propertyOfGetter(String method) {
		int prefix = method.startsWith("get") ? 3 : method.startsWith("is") ? 2 : 0;
		if (prefix == 0 || method.length() == prefix) {
			return null;
		}
		return Character.toLowerCase(method.charAt(prefix)) + method.substring(prefix + 1);
	}

	private final class RecordingExecutor implements MethodExecutor {

		private final MethodExecutor delegate;

		private final String property;

		RecordingExecutor(MethodExecutor delegate, String property) {
			this.delegate = delegate;
			this.property = property;
		}

		@Override
		public TypedValue execute(EvaluationContext context, Object target, Object... arguments)
				throws AccessException {
			if (target != null) {
				record(target, this.property);
			}
			return this.delegate.execute(context, target, arguments);
		}

	}

}
