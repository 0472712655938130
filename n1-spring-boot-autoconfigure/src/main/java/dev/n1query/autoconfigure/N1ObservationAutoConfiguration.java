package dev.n1query.autoconfigure;

import dev.n1query.core.QueryTracker;
import dev.n1query.jobs.JobScopeObservationHandler;
import dev.n1query.jobs.ObservationKeyValues;
import dev.n1query.jobs.ObservationReportObserver;
import dev.n1query.tracing.SpanFindingEvents;
import dev.n1query.web.RequestReportObserver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * N1 and Micrometer's Observation API: job scopes for observed {@code @Scheduled} runs and
 * message listener calls, and, where Micrometer Tracing is present, findings as events on
 * the spans of requests and jobs. Spring Boot registers the {@code ObservationHandler}
 * bean with its {@code ObservationRegistry}.
 */
@AutoConfiguration(after = N1AutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.observation.ObservationHandler")
@ConditionalOnBean(QueryTracker.class)
public final class N1ObservationAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "n1.jobs.enabled", matchIfMissing = true)
	static class JobsConfiguration {

		@Bean
		JobScopeObservationHandler n1JobScopeObservationHandler(QueryTracker tracker,
				ObjectProvider<ObservationReportObserver> observers) {
			return new JobScopeObservationHandler(tracker, observers.orderedStream().toList());
		}

		@Bean
		ObservationKeyValues n1JobObservationKeyValues() {
			return new ObservationKeyValues();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.tracing.handler.TracingObservationHandler")
	@ConditionalOnBooleanProperty(name = "n1.tracing.enabled", matchIfMissing = true)
	static class TracingConfiguration {

		@Bean
		SpanFindingEvents n1SpanFindingEvents(N1Properties properties) {
			return new SpanFindingEvents(properties.getTracing().getMaxEvents());
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnWebApplication(type = Type.SERVLET)
		@ConditionalOnClass(name = "org.springframework.web.filter.ServerHttpObservationFilter")
		static class RequestSpanConfiguration {

			@Bean
			RequestReportObserver n1RequestSpanFindingEvents(SpanFindingEvents events) {
				return (request, report) -> ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent((context) -> events.onReport(context, report));
			}

		}

	}

}
