package org.springframework.web.method.support;

import java.util.function.Supplier;

/**
 * Stands for Spring's class of that name in {@code CallSiteResolverUnitTests}: where Spring
 * invokes a controller method (n1-core does not depend on Spring).
 */
public final class InvocableHandlerMethod {

	private InvocableHandlerMethod() {
	}

	/**
	 * Invokes a handler as Spring would.
	 * @param <T> what the handler returns
	 * @param handler the handler method's call
	 * @return what the handler returned
	 */
	public static <T> T invoke(Supplier<T> handler) {
		return handler.get();
	}

}
