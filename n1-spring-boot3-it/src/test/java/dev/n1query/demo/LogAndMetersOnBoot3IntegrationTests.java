package dev.n1query.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a Boot 3.5 user sees with nothing but the starter: the N+1 WARN naming the template
 * line, the association and the fix, and N1's meters in Actuator's Prometheus scrape.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:boot3-log-meters;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureObservability(tracing = false) // Spring Boot tests export no metrics unless asked
class LogAndMetersOnBoot3IntegrationTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	DemoProperties properties;

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theBrokenPageLogsItsNPlusOneAndTheMetersCountIt(CapturedOutput output) throws Exception {
		assertThat(get("/customers").statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(output.getOut()).contains("N+1 queries in GET /customers: "
				+ this.properties.customers() + " × [select"));
		assertThat(output.getOut()).contains("WARN")
			.contains("from rendering customers.html:13 th:each=\"order : ${customer.orders}\" for CustomerController.customers")
			.contains("loading Customer.orders. Fix: add @EntityGraph(attributePaths = \"orders\") to")
			.contains("CustomerRepository.findAllByOrderByIdAsc()");

		HttpResponse<String> scrape = get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).containsPattern("n1_nplusone_detections_total\\{[^}]*uri=\"/customers\"[^}]*} 1\\.0")
			.containsPattern("n1_request_queries_sum\\{[^}]*uri=\"/customers\"[^}]*} " + (1 + this.properties.customers()) + "\\.0")
			.containsPattern("n1_queries_total\\{[^}]*type=\"select\"");
	}

	@Test
	void theFixedPageLogsNothingAndRunsOneStatement(CapturedOutput output) throws Exception {
		assertThat(get("/customers/fixed").statusCode()).isEqualTo(200);
		HttpResponse<String> scrape = get("/actuator/prometheus");
		assertThat(scrape.body()).containsPattern("n1_request_queries_sum\\{[^}]*uri=\"/customers/fixed\"[^}]*} 1\\.0");
		assertThat(output.getOut()).doesNotContain("GET /customers/fixed:");
	}

}
