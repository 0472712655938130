package dev.n1query.usage.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code queries} actuator endpoint through real HTTP, with the defaults a user gets
 * once they expose it.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-endpoint;DB_CLOSE_DELAY=-1",
				"management.endpoints.web.exposure.include=queries" })
class QueriesEndpointIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ReportHistory history;

	@Autowired
	QueryTracker tracker;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clear() throws Exception {
		assertThat(send("DELETE", "/actuator/queries").statusCode()).isEqualTo(204);
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		return Http.send(this.port, method, path);
	}

	private JsonNode getJson(String path) throws Exception {
		HttpResponse<String> response = send("GET", path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private String requestId(String path) throws Exception {
		HttpResponse<String> response = send("GET", path);
		String id = response.headers().firstValue("X-N1-Request-Id").orElseThrow();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> this.history.find(id).orElse(null), Objects::nonNull);
		return id;
	}

	@Test
	void brokenRequestIsFoundByItsIdWithItsNPlusOne() throws Exception {
		String id = requestId("/customers/orders");
		JsonNode request = getJson("/actuator/queries/" + id);
		assertThat(request.path("id").asString()).isEqualTo(id);
		assertThat(request.path("kind").asString()).isEqualTo("request");
		assertThat(request.path("method").asString()).isEqualTo("GET");
		assertThat(request.path("uri").asString()).isEqualTo("/customers/orders");
		assertThat(request.path("status").asInt()).isEqualTo(200);
		assertThat(request.path("queryCount").asInt()).isEqualTo(5);
		assertThat(request.path("queryTypes").path("select").asInt()).isEqualTo(5);
		assertThat(request.path("startedAt").asString()).isNotBlank();
		assertThat(request.path("nPlusOne")).hasSize(1);
		JsonNode nPlusOne = request.path("nPlusOne").get(0);
		assertThat(nPlusOne.path("count").asInt()).isEqualTo(5);
		assertThat(nPlusOne.path("sql").asString()).contains("where x <> ?");
		assertThat(nPlusOne.path("callSite").asString())
			.matches("WebTestApplication\\$WorkController\\.ordersPerCustomer\\(WebTestApplication\\.java:\\d+\\)");
		assertThat(nPlusOne.path("suggestion").asString()).isNotBlank();
		assertThat(request.path("statements")).hasSize(5).allSatisfy((statement) -> {
			assertThat(statement.path("sql").asString()).contains("where x <> ?");
			assertThat(statement.path("group").asInt()).isZero();
			assertThat(statement.path("dataSource").asString()).isEqualTo("dataSource");
		});
		assertThat(request.path("groups").get(0).path("nPlusOne").asBoolean()).isTrue();
	}

	@Test
	void parameterValuesAreMaskedByDefault() throws Exception {
		String id = requestId("/work/secret-value/2");
		JsonNode statements = getJson("/actuator/queries/" + id).path("statements");
		assertThat(statements).hasSize(2)
			.allSatisfy((statement) -> assertThat(statement.path("parameters").get(0).asString()).isEqualTo("******"));
		assertThat(statements.toString()).doesNotContain("secret-value");
	}

	@Test
	void unknownIdIsNotFound() throws Exception {
		assertThat(send("GET", "/actuator/queries/0000000000000000").statusCode()).isEqualTo(404);
	}

	@Test
	void listIsNewestFirstAndFilters() throws Exception {
		String first = requestId("/work/a/1");
		String broken = requestId("/customers/orders");
		String last = requestId("/work/b/2");
		JsonNode all = getJson("/actuator/queries").path("requests");
		assertThat(all).extracting((request) -> request.path("id").asString()).containsSubsequence(last, broken, first);
		assertThat(getJson("/actuator/queries?findings=true").path("requests"))
			.extracting((request) -> request.path("id").asString())
			.containsExactly(broken);
		assertThat(getJson("/actuator/queries?route=/work/**").path("requests"))
			.extracting((request) -> request.path("id").asString())
			.containsExactly(last, first);
		assertThat(getJson("/actuator/queries?limit=1").path("requests")).hasSize(1);
	}

	@Test
	void deleteClearsHistoryAndHotspots() throws Exception {
		requestId("/customers/orders");
		assertThat(getJson("/actuator/queries").path("hotspots")).isNotEmpty();
		assertThat(send("DELETE", "/actuator/queries").statusCode()).isEqualTo(204);
		JsonNode cleared = getJson("/actuator/queries");
		assertThat(cleared.path("requests").isEmpty()).isTrue();
		assertThat(cleared.path("hotspots").isEmpty()).isTrue();
	}

	@Test
	void hotspotsCountRequestsWithTheFinding() throws Exception {
		for (int i = 0; i < 3; i++) {
			requestId("/customers/orders");
		}
		JsonNode hotspot = getJson("/actuator/queries").path("hotspots").get(0);
		assertThat(hotspot.path("kind").asString()).isEqualTo("n_plus_one");
		assertThat(hotspot.path("uri").asString()).isEqualTo("/customers/orders");
		assertThat(hotspot.path("requestsWithFinding").asLong()).isEqualTo(3);
		assertThat(hotspot.path("requestsSeen").asLong()).isEqualTo(3);
		assertThat(hotspot.path("worstCount").asInt()).isEqualTo(5);
	}

	@Test
	void jobsAppearMarkedAsJobs() throws Exception {
		try (QueryScope scope = this.tracker.open("nightly-import")) {
			this.jdbc.queryForObject("select 1", Integer.class);
		}
		JsonNode job = getJson("/actuator/queries").path("requests").get(0);
		assertThat(job.path("kind").asString()).isEqualTo("job");
		assertThat(job.path("name").asString()).isEqualTo("nightly-import");
		assertThat(job.path("queryCount").asInt()).isEqualTo(1);
	}

}
