package dev.n1query.demo.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.observation.ServerRequestObservationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request's statement count and N+1 flag reach Spring's HTTP server observation as
 * high-cardinality key values (what traces carry), and never become metric tags.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:observation;DB_CLOSE_DELAY=-1")
@Import(ObservationKeyValuesIntegrationTests.CaptureConfiguration.class)
class ObservationKeyValuesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CapturingHandler handler;

	@Autowired
	MeterRegistry registry;

	@Test
	void brokenPageObservationCarriesTheCountAndTheFlag() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/customers")).build(),
					HttpResponse.BodyHandlers.discarding());
		String id = response.headers().firstValue("X-N1-Request-Id").orElseThrow();
		ServerRequestObservationContext context = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.handler.find(id), Objects::nonNull);
		assertThat(context.getHighCardinalityKeyValue("n1.queries").getValue()).isEqualTo("101");
		assertThat(context.getHighCardinalityKeyValue("n1.nplusone").getValue()).isEqualTo("true");
		assertThat(this.registry.find("http.server.requests").meters()).as("the request's meters").isNotEmpty();
		for (Meter meter : this.registry.find("http.server.requests").meters()) {
			assertThat(meter.getId().getTags()).noneMatch((tag) -> tag.getKey().startsWith("n1."));
		}
	}

	static class CapturingHandler implements ObservationHandler<ServerRequestObservationContext> {

		final List<ServerRequestObservationContext> stopped = new CopyOnWriteArrayList<>();

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof ServerRequestObservationContext;
		}

		@Override
		public void onStop(ServerRequestObservationContext context) {
			this.stopped.add(context);
		}

		ServerRequestObservationContext find(String requestId) {
			for (ServerRequestObservationContext context : this.stopped) {
				KeyValue id = context.getHighCardinalityKeyValue("n1.request.id");
				if (id != null && id.getValue().equals(requestId)) {
					return context;
				}
			}
			return null;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CaptureConfiguration {

		@Bean
		CapturingHandler capturingHandler() {
			return new CapturingHandler();
		}

	}

}
