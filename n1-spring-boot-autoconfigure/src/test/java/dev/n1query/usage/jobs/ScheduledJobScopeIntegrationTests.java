package dev.n1query.usage.jobs;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.usage.jobs.JobsTestApplication.JobReports;
import dev.n1query.usage.jobs.JobsTestApplication.OrderDigest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code @Scheduled} run is a job scope, opened through Spring's
 * {@code tasks.scheduled.execution} observation: analysed, metered and kept for the
 * endpoint like a request.
 */
@SpringBootTest(classes = JobsTestApplication.class,
		properties = "spring.datasource.url=jdbc:h2:mem:n1-jobs;DB_CLOSE_DELAY=-1")
class ScheduledJobScopeIntegrationTests {

	@Autowired
	JobReports reports;

	@Autowired
	ReportHistory history;

	@Autowired
	MeterRegistry meters;

	@Autowired
	QueryTracker tracker;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	OrderDigest digest;

	@Test
	void everyScheduledRunIsAJobScopeNamedAfterItsBeanAndMethod() {
		ScopeReport report = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.reports.named("OrderDigest.summarise").stream().findFirst().orElse(null),
					java.util.Objects::nonNull);
		assertThat(report.kind()).isEqualTo(ScopeKind.JOB);
		assertThat(report.queryCount()).isEqualTo(5);
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(5);
			assertThat(finding.callSite().toString()).startsWith("JobsTestApplication$OrderDigest.digest(");
		});
		assertThat(this.history.find(report.id())).isPresent();
		assertThat(this.meters.get("n1.job.queries").tag("job.name", "OrderDigest.summarise").summary().count())
			.isPositive();
		assertThat(this.meters.get("n1.job.nplusone.detections")
			.tag("job.name", "OrderDigest.summarise")
			.counter()
			.count()).isPositive();
	}

	@Test
	void aReactiveRunCountsWhatRunsOnTheSchedulerThreadAndNotTheThreadsNextTask() throws Exception {
		// As Spring runs a @Scheduled method returning a Mono: the observation starts on the
		// scheduler's thread, what runs while subscribing runs there, and the observation
		// stops on the publisher's thread when it completes, after the scheduler's next task.
		Observation refresh = scheduledRun(Refresher.class.getDeclaredMethod("refresh"));
		ExecutorService scheduler = Executors.newSingleThreadExecutor();
		ExecutorService publisher = Executors.newSingleThreadExecutor();
		try {
			scheduler.submit(() -> {
				refresh.start();
				this.digest.digest(2);
			}).get();
			scheduler.submit(() -> {
				scheduledRun(Refresher.class.getDeclaredMethod("tidy")).observe(() -> this.digest.digest(4));
				assertThat(this.tracker.current()).isNull();
				return null;
			}).get();
			publisher.submit(refresh::stop).get();
		}
		finally {
			scheduler.shutdown();
			publisher.shutdown();
		}
		assertThat(this.reports.named("Refresher.refresh")).singleElement()
			.satisfies((report) -> assertThat(report.queryCount()).isEqualTo(2));
		assertThat(this.reports.named("Refresher.tidy")).as("a scope of its own, not nested in refresh")
			.singleElement()
			.satisfies((report) -> assertThat(report.queryCount()).isEqualTo(4));
	}

	private Observation scheduledRun(Method method) {
		return Observation.createNotStarted("tasks.scheduled.execution",
				() -> new ScheduledTaskObservationContext(new Refresher(), method), this.observations);
	}

	static class Refresher {

		Mono<Void> refresh() {
			return Mono.empty();
		}

		void tidy() {
		}

	}

	@Test
	void anObservedRunInsideAnOpenScopeOpensNoSecondScope() throws Exception {
		Method summarise = OrderDigest.class.getDeclaredMethod("summarise");
		int jobsBefore = this.reports.named("OrderDigest.summarise").size();
		int reportsBefore = this.reports.all.size();
		try (QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET /digest")) {
			Observation.createNotStarted("tasks.scheduled.execution",
					() -> new ScheduledTaskObservationContext(this.digest, summarise), this.observations)
				.observe(() -> this.digest.digest(4));
			assertThat(this.tracker.current()).isSameAs(scope);
		}
		ScopeReport request = this.reports.all.stream()
			.skip(reportsBefore)
			.filter((report) -> report.kind() == ScopeKind.REQUEST)
			.findFirst()
			.orElseThrow();
		assertThat(request.queryCount()).isEqualTo(4);
		assertThat(request.nPlusOne()).hasSize(1);
		// Only the scheduler's own runs may have added job reports meanwhile, each of 5 statements.
		assertThat(this.reports.named("OrderDigest.summarise").stream().skip(jobsBefore))
			.allSatisfy((job) -> assertThat(job.queryCount()).isEqualTo(5));
	}

}
