package dev.n1query.test;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes tests analyse every request: sampling ({@code n1.detection.sample-rate}) keeps
 * production cheap, but a test's findings must not depend on how many requests the suite
 * ran in the same second. The property goes last, below the application's own files and
 * the test's properties, so whoever sets the rate keeps it.
 */
class AnalyseEveryRequestContextCustomizerFactory implements ContextCustomizerFactory {

	static final String PROPERTY_SOURCE_NAME = "n1-test-analyse-every-request";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new AnalyseEveryRequest();
	}

	private static final class AnalyseEveryRequest implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("n1.detection.sample-rate", "1")));
		}

		// Every test gets the same customizer: contexts stay shared between test classes.
		@Override
		public boolean equals(Object other) {
			return other instanceof AnalyseEveryRequest;
		}

		@Override
		public int hashCode() {
			return AnalyseEveryRequest.class.hashCode();
		}

	}

}
