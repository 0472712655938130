package dev.n1query.metrics;

import java.util.List;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.StatementExecution;
import dev.n1query.core.StatementType;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names, tags and bounds of N1's meters, on a {@link SimpleMeterRegistry}. */
class N1MetricsUnitTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final N1Metrics metrics = new N1Metrics(this.registry, false);

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(List.of("dev.n1query")),
			List.of(), List.of(this.metrics), List.of(this.metrics));

	private void request(String method, String uri, int status, int lookups) {
		try (QueryScope scope = this.tracker.open(ScopeKind.REQUEST, method + " " + uri)) {
			this.tracker.record(StatementExecution.of("select * from customer"));
			for (int i = 0; i < lookups; i++) {
				this.tracker.record(StatementExecution.of("select * from orders where customer_id = ?", i));
			}
			this.tracker.record(StatementExecution.of("select * from profile where id = ?", 1));
			this.tracker.record(StatementExecution.of("select * from profile where id = ?", 1));
			scope.describeRequest(method, uri, uri.replace("{id}", "42"), status);
		}
	}

	@Test
	void requestMetersCarryMethodRouteAndStatus() {
		request("GET", "/customers/{id}", 200, 10);
		request("GET", "/customers/{id}", 200, 0);
		assertThat(this.registry.get("n1.request.queries")
			.tags("method", "GET", "uri", "/customers/{id}", "status", "200")
			.summary()
			.count()).isEqualTo(2);
		assertThat(this.registry.get("n1.request.queries").summary().totalAmount()).isEqualTo(13 + 3);
		assertThat(this.registry.get("n1.request.queries").summary().max()).isEqualTo(13);
		assertThat(this.registry.get("n1.request.query.time").tags("uri", "/customers/{id}").timer().count())
			.isEqualTo(2);
		assertThat(this.registry.get("n1.nplusone.detections")
			.tags("method", "GET", "uri", "/customers/{id}")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("n1.duplicates.detections").tags("uri", "/customers/{id}").counter().count())
			.isEqualTo(2);
	}

	@Test
	void metersRemovedFromTheRegistryAreRegisteredAgain() {
		request("GET", "/customers/{id}", 200, 10);
		this.tracker.record(new StatementExecution("select 1", List.of(), 1, 0, -1, true, null, "orders"));
		this.registry.getMeters().forEach(this.registry::remove);
		request("GET", "/customers/{id}", 200, 0);
		this.tracker.record(new StatementExecution("select 1", List.of(), 1, 0, -1, true, null, "orders"));
		assertThat(this.registry.get("n1.request.queries").tags("uri", "/customers/{id}").summary().count())
			.isEqualTo(1);
		assertThat(this.registry.get("n1.request.query.time").tags("uri", "/customers/{id}").timer().count())
			.isEqualTo(1);
		assertThat(this.registry.get("n1.duplicates.detections").tags("uri", "/customers/{id}").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("n1.queries").tags("type", "select", "datasource", "orders").counter().count())
			.isEqualTo(1);
	}

	@Test
	void routesPastTheMetersKeptAtHandAreStillRecorded() {
		int routes = N1Metrics.MAX_ROUTES_AT_HAND + 10;
		for (int i = 0; i < routes; i++) {
			request("GET", "/r" + i, 200, 0);
		}
		request("GET", "/r0", 200, 0);
		request("GET", "/r" + (routes - 1), 200, 0);
		assertThat(this.registry.get("n1.request.queries").tags("uri", "/r0").summary().count()).isEqualTo(2);
		assertThat(this.registry.get("n1.request.queries").tags("uri", "/r" + (routes - 1)).summary().count())
			.isEqualTo(2);
		assertThat(this.registry.get("n1.request.queries").summaries()).hasSize(routes);
	}

	@Test
	void cleanRoutesHaveZeroDetections() {
		request("GET", "/clean", 200, 0);
		assertThat(this.registry.get("n1.nplusone.detections").tags("uri", "/clean").counter().count()).isZero();
	}

	@Test
	void statementsAreCountedByKindAndDataSourceInAndOutOfScopes() {
		this.tracker.record(new StatementExecution("insert into t values (1)", List.of(), 1, 0, 1, true, null, "orders"));
		this.tracker.record(new StatementExecution("select 1", List.of(), 1, 0, -1, true, null, "orders"));
		this.tracker.record(new StatementExecution("update t set a = 1", List.of(), 1, 0, 1, true, null, "billing"));
		this.tracker.record(new StatementExecution("select 1", List.of(), 1, 0, -1, true, null, null));
		assertThat(this.registry.get("n1.queries").tags("type", "insert", "datasource", "orders").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("n1.queries").tags("type", "select", "datasource", "orders").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("n1.queries").tags("type", "update", "datasource", "billing").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("n1.queries").tags("type", "select", "datasource", "unknown").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.find("n1.queries").tagKeys("type", "datasource").counters())
			.extracting((counter) -> counter.getId().getTag("type"))
			.contains(StatementType.OTHER.tagValue());
	}

	@Test
	void tagValuesAreBoundedNeverRawUrlsOrSql() {
		request("BREW", "/coffee/{id}", 418, 3);
		request("GET", "NOT_FOUND", 404, 0);
		for (Meter meter : this.registry.getMeters()) {
			assertThat(meter.getId().getName()).startsWith("n1.");
			meter.getId().getTags().forEach((tag) -> {
				assertThat(tag.getValue()).doesNotContain("42").doesNotContainIgnoringCase("from");
			});
		}
		assertThat(this.registry.get("n1.request.queries").tags("method", "UNKNOWN").summary().count()).isEqualTo(1);
	}

	@Test
	void uriTagValuesAreCapped() {
		SimpleMeterRegistry capped = new SimpleMeterRegistry();
		capped.config().meterFilter(MeterFilter.maximumAllowableTags("n1.", "uri", 2, MeterFilter.deny()));
		N1Metrics cappedMetrics = new N1Metrics(capped, false);
		QueryTracker cappedTracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(cappedMetrics));
		for (int i = 0; i < 10; i++) {
			try (QueryScope scope = cappedTracker.open(ScopeKind.REQUEST, "GET /r" + i)) {
				cappedTracker.record(StatementExecution.of("select 1"));
				scope.describeRequest("GET", "/r" + i, "/r" + i, 200);
			}
		}
		assertThat(capped.find("n1.request.queries").summaries()).hasSize(2);
	}

	@Test
	void usersCanDenyEveryN1MeterByPrefix() {
		SimpleMeterRegistry denied = new SimpleMeterRegistry();
		denied.config().meterFilter(MeterFilter.denyNameStartsWith("n1."));
		N1Metrics deniedMetrics = new N1Metrics(denied, true);
		QueryTracker deniedTracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(deniedMetrics), List.of(deniedMetrics));
		try (QueryScope scope = deniedTracker.open(ScopeKind.REQUEST, "GET /x")) {
			deniedTracker.record(StatementExecution.of("select 1"));
			scope.describeRequest("GET", "/x", "/x", 200);
		}
		assertThat(denied.getMeters()).isEmpty();
	}

	@Test
	void jobsHaveTheirOwnMeters() {
		try (QueryScope scope = this.tracker.open("nightly-import")) {
			for (int i = 0; i < 4; i++) {
				this.tracker.record(StatementExecution.of("insert into line (id) values (?)", i));
			}
		}
		assertThat(this.registry.get("n1.job.queries").tags("job.name", "nightly-import").summary().totalAmount())
			.isEqualTo(4);
		assertThat(this.registry.get("n1.job.nplusone.detections").tags("job.name", "nightly-import").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.find("n1.request.queries").summaries()).isEmpty();
	}

}
