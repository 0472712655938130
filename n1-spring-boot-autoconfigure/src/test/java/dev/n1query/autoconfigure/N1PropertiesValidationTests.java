package dev.n1query.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid {@code n1.*} values fail startup with a message naming the property and its
 * allowed range, also without a Bean Validation provider.
 */
class N1PropertiesValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			n1.history.hotspots=-1          | n1.history.hotspots must be at least 0, was -1
			n1.history.size=-5              | n1.history.size must be at least 0, was -5
			n1.history.size=100001          | n1.history.size must be at most 100000, was 100001
			n1.metrics.max-uri-tags=-1      | n1.metrics.max-uri-tags must be at least 1, was -1
			n1.metrics.max-uri-tags=0       | n1.metrics.max-uri-tags must be at least 1, was 0
			n1.metrics.max-job-tags=0       | n1.metrics.max-job-tags must be at least 1, was 0
			n1.overlay.stack-depth=-3       | n1.overlay.stack-depth must be at least 0, was -3
			n1.detection.threshold=1        | n1.detection.threshold must be at least 2, was 1
			n1.detection.max-statements=-1  | n1.detection.max-statements must be at least 0, was -1
			n1.detection.sample-rate=1.5    | n1.detection.sample-rate must be between 0 and 1, was 1.5
			n1.detection.sample-rate=-0.1   | n1.detection.sample-rate must be between 0 and 1, was -0.1
			n1.detection.min-analysed-per-second=-1 | n1.detection.min-analysed-per-second must be at least 0, was -1
			n1.overlay.explain-timeout=-1s  | n1.overlay.explain-timeout must be positive, was PT-1S
			n1.overlay.explain-timeout=0ms  | n1.overlay.explain-timeout must be positive, was PT0S
			n1.overlay.path=/               | n1.overlay.path must be a path prefix such as /n1, was '/'
			n1.log.repeat-interval=-1s      | n1.log.repeat-interval must not be negative, was PT-1S
			n1.log.max-findings=0           | n1.log.max-findings must be at least 1, was 0
			n1.tracing.max-events=-1        | n1.tracing.max-events must be at least 0, was -1
			""")
	void invalidValueFailsStartupNamingThePropertyAndItsRange(String property, String message) {
		this.contextRunner.withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(message);
		});
	}

	@Test
	void unknownProxyFactoryFailsStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("n1.jdbc.proxy-factory=cglib").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure())
				.hasStackTraceContaining("Failed to bind properties under 'n1.jdbc.proxy-factory'");
		});
	}

	@Test
	void proxyFactoryMustBeSet() {
		N1Properties properties = new N1Properties();
		properties.getJdbc().setProxyFactory(null);
		Errors errors = new BeanPropertyBindingResult(properties, "n1");
		properties.validate(properties, errors);
		assertThat(errors.getFieldError("jdbc.proxyFactory")).isNotNull()
			.extracting(FieldError::getDefaultMessage)
			.isEqualTo("n1.jdbc.proxy-factory must be n1 or jdk, was null");
	}

	@Test
	void proxyFactoryAcceptsN1AndJdk() {
		this.contextRunner.withPropertyValues("n1.jdbc.proxy-factory=jdk")
			.run((context) -> assertThat(context.getBean(N1Properties.class).getJdbc().getProxyFactory())
				.isEqualTo(JdbcProxyFactoryType.JDK));
		this.contextRunner.run((context) -> assertThat(context.getBean(N1Properties.class).getJdbc().getProxyFactory())
			.isEqualTo(JdbcProxyFactoryType.N1));
	}

	@Test
	void withoutBeanValidationInvalidValuesStillFailStartup() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("jakarta.validation", "org.hibernate.validator"))
			.withPropertyValues("n1.overlay.stack-depth=-1")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("n1.overlay.stack-depth must be at least 0, was -1"));
	}

	@Test
	void everyInvalidValueIsReportedAtOnce() {
		this.contextRunner
			.withPropertyValues("n1.history.hotspots=-1", "n1.metrics.max-uri-tags=-1", "n1.log.max-findings=0")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("n1.history.hotspots must be at least 0")
				.hasMessageContaining("n1.metrics.max-uri-tags must be at least 1")
				.hasMessageContaining("n1.log.max-findings must be at least 1"));
	}

	@Test
	void boundaryValuesAreAccepted() {
		this.contextRunner
			.withPropertyValues("n1.history.hotspots=0", "n1.history.size=0", "n1.metrics.max-uri-tags=1",
					"n1.metrics.max-job-tags=1", "n1.overlay.stack-depth=0", "n1.detection.threshold=2",
					"n1.detection.max-statements=0", "n1.detection.sample-rate=0", "n1.detection.min-analysed-per-second=0",
					"n1.overlay.explain-timeout=1ms", "n1.overlay.path=n1/")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(N1Properties.class));
	}

}
