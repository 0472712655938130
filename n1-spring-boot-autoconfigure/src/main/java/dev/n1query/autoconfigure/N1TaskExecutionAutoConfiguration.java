package dev.n1query.autoconfigure;

import dev.n1query.context.QueryScopeTaskDecorator;
import dev.n1query.core.QueryTracker;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Fallback;

/**
 * Carries the current query scope to tasks run by Spring Boot's auto-configured task
 * executors and schedulers ({@code @Async}, {@code applicationTaskExecutor}, MVC async):
 * Boot composes every {@code TaskDecorator} bean, so the application's own decorators
 * still apply. The decorator is a fallback candidate, so an application that injects its
 * own single {@code TaskDecorator} by type still gets its own.
 */
@AutoConfiguration(after = N1AutoConfiguration.class,
		beforeName = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.core.task.TaskDecorator")
@ConditionalOnBean(QueryTracker.class)
@ConditionalOnBooleanProperty(name = "n1.async.enabled", matchIfMissing = true)
public final class N1TaskExecutionAutoConfiguration {

	@Bean
	@Fallback
	QueryScopeTaskDecorator n1QueryScopeTaskDecorator(QueryTracker tracker) {
		return new QueryScopeTaskDecorator(tracker);
	}

}
