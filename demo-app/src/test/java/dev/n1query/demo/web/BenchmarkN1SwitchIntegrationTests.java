package dev.n1query.demo.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.n1query.web.N1RequestFilter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark switch behind {@code benchmarks/cpu-ab.sh}: a request marked
 * {@code X-Bench-N1: off} passes N1 by, each mode's requests are counted with their
 * thread's CPU time and allocation, and nothing of it exists unless switched on.
 */
class BenchmarkN1SwitchIntegrationTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	static HttpResponse<String> send(int port, String method, String path, boolean n1Off) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (n1Off) {
			request.header(BenchmarkN1SwitchConfiguration.HEADER, "off");
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "demo.benchmark.n1-switch=true",
					"spring.datasource.url=jdbc:h2:mem:benchmark-switch;DB_CLOSE_DELAY=-1" })
	class SwitchedOn {

		@LocalServerPort
		int port;

		@Test
		void eachModesRequestsAreCountedWithTheirCpuAndBytesAndOnlyTheMarkedOnesPassN1By() throws Exception {
			assertThat(send(this.port, "DELETE", "/benchmark/n1-switch", false).statusCode()).isEqualTo(200);
			HttpResponse<String> on = send(this.port, "GET", "/orders/fixed", false);
			HttpResponse<String> off = send(this.port, "GET", "/orders/fixed", true);
			assertThat(on.statusCode()).isEqualTo(200);
			assertThat(off.statusCode()).isEqualTo(200);
			assertThat(on.headers().firstValue(N1RequestFilter.REQUEST_ID_HEADER)).isPresent();
			assertThat(off.headers().firstValue(N1RequestFilter.REQUEST_ID_HEADER)).isEmpty();
			String[] lines = send(this.port, "GET", "/benchmark/n1-switch", false).body().split("\n");
			assertThat(lines).hasSize(2);
			assertThat(lines[0]).startsWith("on 1 ");
			assertThat(lines[1]).startsWith("off 1 ");
			for (String line : lines) {
				String[] fields = line.split(" ");
				assertThat(Long.parseLong(fields[2])).as("CPU nanoseconds of %s", line).isPositive();
				assertThat(Long.parseLong(fields[3])).as("bytes allocated of %s", line).isGreaterThan(10_000);
			}
			send(this.port, "DELETE", "/benchmark/n1-switch", false);
			assertThat(send(this.port, "GET", "/benchmark/n1-switch", false).body()).isEqualTo("on 0 0 0\noff 0 0 0\n");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "spring.datasource.url=jdbc:h2:mem:benchmark-switch-absent;DB_CLOSE_DELAY=-1")
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void theHeaderChangesNothingAndTheCountersDoNotExist() throws Exception {
			HttpResponse<String> marked = send(this.port, "GET", "/orders/fixed", true);
			assertThat(marked.statusCode()).isEqualTo(200);
			assertThat(marked.headers().firstValue(N1RequestFilter.REQUEST_ID_HEADER)).isPresent();
			assertThat(send(this.port, "GET", "/benchmark/n1-switch", false).statusCode()).isEqualTo(404);
		}

	}

}
