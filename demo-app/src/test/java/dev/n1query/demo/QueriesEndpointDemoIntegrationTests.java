package dev.n1query.demo;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.n1query.demo.scenarios.Scenario;
import dev.n1query.demo.scenarios.ScenarioCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/queries} on the demo, as a developer chasing a slow page uses it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:endpoint-demo;DB_CLOSE_DELAY=-1")
@Import(DemoHttp.ReportsConfiguration.class)
class QueriesEndpointDemoIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	ScenarioCatalog catalog;

	@Autowired
	DemoProperties properties;

	DemoHttp http;

	@BeforeEach
	void clear() throws Exception {
		this.http = new DemoHttp(this.port, this.reports);
		assertThat(this.http.send("DELETE", "/actuator/queries").statusCode()).isEqualTo(204);
	}

	private JsonNode getJson(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	@Test
	void brokenPageIsFoundByItsRequestId() throws Exception {
		HttpResponse<String> page = this.http.get("/customers");
		String id = this.http.report(page).id();
		JsonNode request = getJson("/actuator/queries/" + id);
		assertThat(request.path("uri").asString()).isEqualTo("/customers");
		assertThat(request.path("queryCount").asInt()).isEqualTo(1 + this.properties.customers());
		JsonNode nPlusOne = request.path("nPlusOne").get(0);
		assertThat(nPlusOne.path("count").asInt()).isEqualTo(this.properties.customers());
		assertThat(nPlusOne.path("callSite").asString())
			.isEqualTo("rendering customers.html:13 th:each=\"order : ${customer.orders}\" for CustomerController.customers");
		assertThat(request.path("statements")).hasSize(1 + this.properties.customers());
		assertThat(request.path("statements").get(1).path("parameters").get(0).asString()).isEqualTo("******");
	}

	@Test
	void hotspotsRankTheBrokenRoutesFirstAfterEveryScenario() throws Exception {
		for (Scenario scenario : this.catalog.all()) {
			this.http.call(scenario.method(), scenario.fixedUrl());
			this.http.call(scenario.method(), scenario.brokenUrl());
		}
		JsonNode hotspots = getJson("/actuator/queries").path("hotspots");
		Set<String> brokenRoutes = new LinkedHashSet<>();
		List<String> hotspotRoutes = new ArrayList<>();
		for (Scenario scenario : this.catalog.all()) {
			brokenRoutes.add(scenario.brokenUrl().replace("/movies/1/", "/movies/{id}/"));
		}
		hotspots.forEach((hotspot) -> hotspotRoutes.add(hotspot.path("uri").asString()));
		assertThat(hotspotRoutes).containsAll(brokenRoutes);
		assertThat(hotspotRoutes).allSatisfy((route) -> assertThat(brokenRoutes).contains(route));
		assertThat(getJson("/actuator/queries?findings=true").path("requests")).hasSize(this.catalog.all().size());
	}

}
