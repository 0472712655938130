package dev.n1query.autoconfigure;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.n1query.core.QueryTracker;
import dev.n1query.metrics.N1Metrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of N1's Micrometer meters ({@code n1.*}), with caps on the distinct
 * {@code uri} and {@code job.name} tag values they may create.
 */
@AutoConfiguration(after = N1AutoConfiguration.class,
		afterName = {
			"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean({ QueryTracker.class, MeterRegistry.class })
@ConditionalOnBooleanProperty(name = "n1.metrics.enabled", matchIfMissing = true)
public final class N1MetricsAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(N1MetricsAutoConfiguration.class);

	@Bean
	N1Metrics n1Metrics(MeterRegistry registry, N1Properties properties) {
		return new N1Metrics(registry, properties.getMetrics().isPercentilesHistogram());
	}

	@Bean
	MeterFilter n1UriTagLimit(N1Properties properties) {
		return tagLimit("uri", "routes", "n1.metrics.max-uri-tags", properties.getMetrics().getMaxUriTags());
	}

	@Bean
	MeterFilter n1JobNameTagLimit(N1Properties properties) {
		return tagLimit("job.name", "jobs", "n1.metrics.max-job-tags", properties.getMetrics().getMaxJobTags());
	}

	// Meters past the cap are denied, and that is logged once.
	private static MeterFilter tagLimit(String tag, String what, String property, int maximum) {
		AtomicBoolean logged = new AtomicBoolean();
		MeterFilter denyAndLogOnce = new MeterFilter() {

			@Override
			public MeterFilterReply accept(Meter.Id id) {
				if (logged.compareAndSet(false, true)) {
					logger.warn("Reached the maximum of {} '{}' tag values on N1's meters ({}); further {} are not "
							+ "metered. Raise {} if this is expected.", maximum, tag, id.getName(), what, property);
				}
				return MeterFilterReply.DENY;
			}

		};
		return MeterFilter.maximumAllowableTags("n1.", tag, maximum, denyAndLogOnce);
	}

}
