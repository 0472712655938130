package dev.n1query.autoconfigure;

import dev.n1query.context.QueryScopeAccessor;
import dev.n1query.core.QueryTracker;
import io.micrometer.context.ContextRegistry;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Registers the current query scope with Micrometer's context propagation, so work handed
 * to a context-propagating executor is recorded in the request (or job) that started it.
 */
@AutoConfiguration(after = N1AutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.context.ContextRegistry")
@ConditionalOnBean(QueryTracker.class)
public final class N1ContextPropagationAutoConfiguration {

	@Bean
	Registration n1QueryScopeAccessorRegistration(QueryTracker tracker) {
		return new Registration(new QueryScopeAccessor(tracker));
	}

	/** Registers the accessor in the global registry for the context's lifetime. */
	static final class Registration implements DisposableBean {

		private final QueryScopeAccessor accessor;

		Registration(QueryScopeAccessor accessor) {
			this.accessor = accessor;
			ContextRegistry.getInstance().registerThreadLocalAccessor(accessor);
		}

		@Override
		public void destroy() {
			ContextRegistry.getInstance().removeThreadLocalAccessor(this.accessor.key());
		}

	}

}
