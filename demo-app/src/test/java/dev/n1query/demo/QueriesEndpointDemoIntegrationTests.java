package dev.n1query.demo;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.n1query.demo.scenarios.Scenario;
import dev.n1query.demo.scenarios.ScenarioCatalog;
import org.junit.jupiter.api.BeforeEach;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/queries} on the demo, as a developer chasing a slow page uses it. Read with
 * JsonPath, not Jackson, so the Spring Boot 3 integration application runs this test unchanged.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:endpoint-demo;DB_CLOSE_DELAY=-1")
@Import(DemoHttp.ReportsConfiguration.class)
class QueriesEndpointDemoIntegrationTests {

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

	private DocumentContext getJson(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JsonPath.parse(response.body());
	}

	@Test
	void brokenPageIsFoundByItsRequestId() throws Exception {
		HttpResponse<String> page = this.http.get("/customers");
		String id = this.http.report(page).id();
		DocumentContext request = getJson("/actuator/queries/" + id);
		assertThat(request.read("$.uri", String.class)).isEqualTo("/customers");
		assertThat(request.read("$.queryCount", Integer.class)).isEqualTo(1 + this.properties.customers());
		assertThat(request.read("$.nPlusOne[0].count", Integer.class)).isEqualTo(this.properties.customers());
		assertThat(request.read("$.nPlusOne[0].callSite", String.class))
			.isEqualTo("rendering customers.html:13 th:each=\"order : ${customer.orders}\" for CustomerController.customers");
		assertThat(request.read("$.statements.length()", Integer.class)).isEqualTo(1 + this.properties.customers());
		assertThat(request.read("$.statements[1].parameters[0]", String.class)).isEqualTo("******");
	}

	@Test
	void hotspotsRankTheBrokenRoutesFirstAfterEveryScenario() throws Exception {
		for (Scenario scenario : this.catalog.all()) {
			this.http.call(scenario.method(), scenario.fixedUrl());
			this.http.call(scenario.method(), scenario.brokenUrl());
		}
		List<String> hotspotRoutes = getJson("/actuator/queries").read("$.hotspots[*].uri");
		Set<String> brokenRoutes = new LinkedHashSet<>();
		for (Scenario scenario : this.catalog.all()) {
			brokenRoutes.add(scenario.brokenUrl().replace("/movies/1/", "/movies/{id}/"));
		}
		assertThat(hotspotRoutes).containsAll(brokenRoutes);
		assertThat(hotspotRoutes).allSatisfy((route) -> assertThat(brokenRoutes).contains(route));
		assertThat(getJson("/actuator/queries?findings=true").read("$.requests.length()", Integer.class))
			.isEqualTo(this.catalog.all().size());
	}

}
