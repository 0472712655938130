package dev.n1query.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Applies {@link ConstantQueries}: invokes the test method at every scale factor but the
 * last itself, then lets JUnit run the last, and compares their statement counts.
 */
public class ConstantQueriesExtension implements InvocationInterceptor {

	@Override
	public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
			ExtensionContext extensionContext) throws Throwable {
		Method method = invocationContext.getExecutable();
		ConstantQueries settings = AnnotatedElementUtils.findMergedAnnotation(method, ConstantQueries.class);
		if (settings == null) {
			invocation.proceed();
			return;
		}
		Object target = extensionContext.getRequiredTestInstance();
		Method populate = populateMethod(target.getClass(), settings.populate());
		Populator populator = (n) -> invoke(populate, target, n);
		QueryBlock earlierRun = () -> invoke(method, target, invocationContext.getArguments().toArray());
		boolean[] proceeded = { false };
		QueryBlock lastRun = () -> {
			proceeded[0] = true;
			invocation.proceed();
		};
		try {
			new ScaleRuns(N1TestContext.tracker(), N1TestContext.applicationContext(),
					"test " + method.getName(), settings.scale())
				.check(populator, earlierRun, lastRun);
		}
		finally {
			if (!proceeded[0]) {
				invocation.skip();
			}
		}
	}

	private static Method populateMethod(Class<?> testClass, String name) {
		Method method = ReflectionUtils.findMethod(testClass, name, int.class);
		if (method == null) {
			throw new IllegalStateException("@ConstantQueries(populate = \"" + name + "\") needs a method " + name
					+ "(int n) in " + testClass.getName() + " that makes the data hold n items");
		}
		ReflectionUtils.makeAccessible(method);
		return method;
	}

	private static void invoke(Method method, Object target, Object... arguments) throws Throwable {
		ReflectionUtils.makeAccessible(method);
		try {
			method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
