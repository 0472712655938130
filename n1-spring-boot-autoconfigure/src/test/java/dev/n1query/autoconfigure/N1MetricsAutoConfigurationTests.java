package dev.n1query.autoconfigure;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.StatementExecution;
import dev.n1query.metrics.N1Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** When N1's meters are registered. */
class N1MetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				N1AutoConfiguration.class, N1MetricsAutoConfiguration.class));

	@Test
	void metersArePublishedWhenMicrometerIsThere() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(N1Metrics.class);
			assertThat(context.getBean(MeterRegistry.class).config()).isNotNull();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			runJob(context.getBean(QueryTracker.class));
			assertThat(registry.get("n1.job.queries").tags("job.name", "nightly").summary().totalAmount()).isEqualTo(2);
			assertThat(registry.get("n1.queries").tags("type", "select").counter().count()).isEqualTo(2);
		});
	}

	@Test
	void metricsCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("n1.metrics.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(N1Metrics.class);
			runJob(context.getBean(QueryTracker.class));
			assertThat(context.getBean(MeterRegistry.class).find("n1.queries").counters()).isEmpty();
			assertThat(context.getBean(MeterRegistry.class).find("n1.job.queries").summaries()).isEmpty();
		});
	}

	@Test
	void jobNameTagValuesAreCapped() {
		this.contextRunner.withPropertyValues("n1.metrics.max-job-tags=2").run((context) -> {
			QueryTracker tracker = context.getBean(QueryTracker.class);
			for (String job : new String[] { "import-1", "import-2", "import-3", "import-4", "import-1" }) {
				runJob(tracker, job);
			}
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("n1.job.queries").summaries()).extracting((meter) -> meter.getId().getTag("job.name"))
				.containsExactlyInAnyOrder("import-1", "import-2");
			assertThat(registry.find("n1.job.nplusone.detections").counters()).hasSize(2);
			assertThat(registry.get("n1.job.queries").tags("job.name", "import-1").summary().count()).isEqualTo(2);
		});
	}

	@Test
	void jobNameTagValuesAreCappedByDefault() {
		this.contextRunner.run((context) -> {
			QueryTracker tracker = context.getBean(QueryTracker.class);
			for (int i = 0; i < 150; i++) {
				runJob(tracker, "job-" + i);
			}
			assertThat(context.getBean(MeterRegistry.class).find("n1.job.queries").summaries()).hasSize(100);
		});
	}

	@Test
	void uriTagValuesAreCapped() {
		this.contextRunner.withPropertyValues("n1.metrics.max-uri-tags=2").run((context) -> {
			QueryTracker tracker = context.getBean(QueryTracker.class);
			for (String uri : new String[] { "/a", "/b", "/c" }) {
				try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET " + uri)) {
					scope.describeRequest("GET", uri, uri, 200);
				}
			}
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("n1.request.queries").summaries()).extracting((meter) -> meter.getId().getTag("uri"))
				.containsExactlyInAnyOrder("/a", "/b");
			// the job.name cap is a separate budget: jobs are still metered
			runJob(tracker, "nightly");
			assertThat(registry.find("n1.job.queries").summaries()).hasSize(1);
		});
	}

	private static void runJob(QueryTracker tracker) {
		runJob(tracker, "nightly");
	}

	private static void runJob(QueryTracker tracker, String name) {
		try (QueryScope scope = tracker.open(name)) {
			tracker.record(StatementExecution.of("select 1"));
			tracker.record(StatementExecution.of("select 2"));
		}
	}

	@Test
	void withoutMicrometerTheAppStartsWithoutMeters() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1MetricsAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(N1Metrics.class);
			});
	}

}
