package dev.n1query.web;

import java.util.List;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;

/**
 * Takes the place of a context's only method resolver and records getter calls such as
 * {@code customer.getOrders()} as reads of {@code orders}: it asks the resolver it replaces
 * (Thymeleaf's, with its access rules) and wraps the executor it finds. It is a
 * {@link ReflectiveMethodResolver} because Spring EL reuses a resolved method across
 * evaluations only when a context's single resolver is one, and the wrapped executor is
 * what is reused, so every call is seen.
 */
final class GetterCallRecorder extends ReflectiveMethodResolver {

	private final MethodResolver replaced;

	private final EntityReadRecorder recorder;

	GetterCallRecorder(MethodResolver replaced, EntityReadRecorder recorder) {
		this.replaced = replaced;
		this.recorder = recorder;
	}

	@Override
	public MethodExecutor resolve(EvaluationContext context, Object target, String name,
			List<TypeDescriptor> argumentTypes) throws AccessException {
		MethodExecutor executor = this.replaced.resolve(context, target, name, argumentTypes);
		String property = (executor != null && argumentTypes.isEmpty()) ? propertyOfGetter(name) : null;
		return (property != null) ? new RecordingExecutor(executor, property) : executor;
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
				GetterCallRecorder.this.recorder.record(target, this.property);
			}
			return this.delegate.execute(context, target, arguments);
		}

	}

}
