package dev.n1query.test;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Makes tests analyse every request: sampling ({@code n1.detection.sample-rate}, set for
 * production in the application's own files) keeps a busy instance cheap, but a test's
 * findings must not depend on how many requests the suite ran in the same second. The
 * property goes right below the test's own inlined properties
 * ({@code @SpringBootTest(properties = …)}, {@code @TestPropertySource(properties = …)}),
 * so a rate a test sets itself still applies, and above everything else.
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
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			MapPropertySource everyRequest = new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("n1.detection.sample-rate", "1"));
			String testProperties = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
			if (sources.contains(testProperties)) {
				sources.addAfter(testProperties, everyRequest);
			}
			else {
				sources.addFirst(everyRequest);
			}
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
