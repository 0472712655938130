package dev.n1query.autoconfigure;

import dev.n1query.actuate.QueriesEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** When the {@code queries} endpoint is registered. */
class N1ActuatorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		// lenient enum conversion, as in a running application ("access=none")
		.withInitializer((context) -> context.getEnvironment().setConversionService(new ApplicationConversionService()))
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class, N1AutoConfiguration.class,
				N1ActuatorAutoConfiguration.class));

	@Test
	void endpointIsRegisteredWhenTheApplicationExposesIt() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=queries")
			.run((context) -> {
				assertThat(context).hasSingleBean(QueriesEndpoint.class);
				assertThat(context).hasSingleBean(dev.n1query.core.Hotspots.class);
			});
	}

	@Test
	void starterDoesNotExposeTheEndpointByItselfNorPaysForItsHotspots() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(QueriesEndpoint.class);
			assertThat(context).doesNotHaveBean(dev.n1query.core.Hotspots.class);
		});
	}

	@Test
	void endpointHonoursItsAccessProperty() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=queries",
					"management.endpoint.queries.access=none")
			.run((context) -> assertThat(context).doesNotHaveBean(QueriesEndpoint.class));
	}

	@Test
	void withoutActuatorTheAppStartsAndNothingIsRegistered() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1ActuatorAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=queries")
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(QueriesEndpoint.class);
			});
	}

	@Test
	void whenN1IsDisabledThereIsNoEndpoint() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=queries", "n1.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(QueriesEndpoint.class));
	}

}
