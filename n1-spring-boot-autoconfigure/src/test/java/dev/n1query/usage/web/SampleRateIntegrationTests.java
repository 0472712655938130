package dev.n1query.usage.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import dev.n1query.web.N1RequestFilter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code n1.detection.sample-rate=0} over real HTTP: a page with an N+1 is still counted,
 * metered and listed by the endpoint, exactly, but not analysed: no statements stored, no
 * finding, no WARN.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-sample-rate;DB_CLOSE_DELAY=-1",
				"management.endpoints.web.exposure.include=queries", "n1.detection.sample-rate=0",
				"n1.detection.min-analysed-per-second=0" })
class SampleRateIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	QueryTracker tracker;

	@Autowired
	ReportsById reports;

	@Autowired
	MeterRegistry meters;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Logger n1Logger = (Logger) LoggerFactory.getLogger("dev.n1query");

	@BeforeEach
	void captureLog() {
		this.appender.start();
		this.n1Logger.addAppender(this.appender);
	}

	@AfterEach
	void releaseLog() {
		this.n1Logger.detachAppender(this.appender);
	}

	@Test
	void requestsLeftOutAreCountedAndMeteredButNotAnalysed() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> response = Http.get(this.port, "/customers/orders");
			assertThat(response.statusCode()).isEqualTo(200);
			ScopeReport report = this.reports.awaitReport(response);
			assertThat(report.analysed()).isFalse();
			assertThat(report.queryCount()).isEqualTo(5);
			assertThat(report.statements()).isEmpty();
			assertThat(report.nPlusOne()).isEmpty();
			ids.add(report.id());
		}
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.tracker.openScopes() == 0);
		assertThat(this.appender.list).noneMatch((event) -> event.getLevel().isGreaterOrEqual(Level.WARN));

		DistributionSummary queries = this.meters.get("n1.request.queries").tag("uri", "/customers/orders").summary();
		assertThat(queries.count()).isEqualTo(20);
		assertThat(queries.totalAmount()).isEqualTo(100);
		assertThat(this.meters.find("n1.nplusone.detections").counters())
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());

		JsonNode detail = JsonMapper.builder().build()
			.readTree(Http.get(this.port, "/actuator/queries/" + ids.get(19)).body());
		assertThat(detail.get("analysed").asBoolean()).isFalse();
		assertThat(detail.get("queryCount").asInt()).isEqualTo(5);
		assertThat(detail.get("queryTypes").get("select").asInt()).isEqualTo(5);
		assertThat(detail.get("droppedStatements").asInt()).isZero();
		assertThat(detail.get("nPlusOne")).isEmpty();
		assertThat(detail.get("statements")).isEmpty();
	}

	@Test
	void theRequestIdStillNamesTheRequest() throws Exception {
		HttpResponse<String> response = Http.get(this.port, "/none");
		assertThat(response.headers().firstValue(N1RequestFilter.REQUEST_ID_HEADER)).isPresent();
		assertThat(this.reports.awaitReport(response).analysed()).isFalse();
	}

}
