package dev.n1query.autoconfigure;

import dev.n1query.context.QueryScopeTaskDecorator;
import dev.n1query.jobs.JobScopeObservationHandler;
import dev.n1query.tracing.SpanFindingEvents;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** When job scopes, span events and the task decorator are configured. */
class N1ObservationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1ObservationAutoConfiguration.class,
				N1TaskExecutionAutoConfiguration.class));

	@Test
	void jobScopesSpanEventsAndTheTaskDecoratorAreOnByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(JobScopeObservationHandler.class);
			assertThat(context).hasSingleBean(SpanFindingEvents.class);
			assertThat(context).hasSingleBean(QueryScopeTaskDecorator.class);
		});
	}

	@Test
	void jobScopesCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("n1.jobs.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(JobScopeObservationHandler.class)
				.hasSingleBean(SpanFindingEvents.class));
	}

	@Test
	void spanEventsNeedMicrometerTracing() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.tracing"))
			.run((context) -> assertThat(context).doesNotHaveBean(SpanFindingEvents.class)
				.hasSingleBean(JobScopeObservationHandler.class));
	}

	@Test
	void theTaskDecoratorCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("n1.async.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(QueryScopeTaskDecorator.class));
	}

	@Test
	void nothingWithoutN1() {
		this.contextRunner.withPropertyValues("n1.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(JobScopeObservationHandler.class)
				.doesNotHaveBean(QueryScopeTaskDecorator.class));
	}

}
