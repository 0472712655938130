package dev.n1query.usage.web;

import java.net.http.HttpResponse;

import dev.n1query.web.N1RequestFilter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets {@code X-N1-Request-Id} and {@code Server-Timing} ({@code n1.web.response-headers}),
 * through real HTTP. The application trusts forwarded headers from its loopback proxy
 * ({@code server.forward-headers-strategy=native}), so a request forwarded for
 * 203.0.113.9 comes from an outside client, as behind a real reverse proxy.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-response-headers;DB_CLOSE_DELAY=-1",
				"server.forward-headers-strategy=native" })
class ResponseHeadersIntegrationTests {

	private static final String OUTSIDE_CLIENT = "203.0.113.9";

	static HttpResponse<String> fromLoopback(int port) throws Exception {
		return Http.send(port, "GET", "/work/x/2");
	}

	static HttpResponse<String> fromOutside(int port) throws Exception {
		return Http.send(port, "GET", "/work/x/2", "X-Forwarded-For", OUTSIDE_CLIENT);
	}

	static void assertBothHeaders(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(N1RequestFilter.REQUEST_ID_HEADER)).get()
			.asString()
			.matches("[0-9a-f]{16}");
		assertThat(response.headers().firstValue("Server-Timing")).get()
			.asString()
			.startsWith("db;dur=")
			.endsWith("desc=\"2 queries\"");
	}

	static void assertNeitherHeader(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("x");
		assertThat(response.headers().map()).doesNotContainKeys("x-n1-request-id", "server-timing");
	}

	@Nested
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void outsideClientGetsNeitherHeader() throws Exception {
			assertNeitherHeader(fromOutside(this.port));
		}

		@Test
		void allowedClientGetsBothHeaders() throws Exception {
			assertBothHeaders(fromLoopback(this.port));
		}

		@Test
		void loopbackClientNamingAForeignHostGetsNeitherHeader() throws Exception {
			Http.Raw rebound = Http.getWithHost(this.port, "rebind.attacker.example", "/work/x/2");
			assertThat(rebound.status()).isEqualTo(200);
			assertThat(rebound.headers()).doesNotContainKeys("x-n1-request-id", "server-timing");
		}

	}

	@Nested
	@TestPropertySource(properties = "n1.overlay.allowed-addresses=203.0.113.0/24")
	class ForConfiguredAddresses {

		@LocalServerPort
		int port;

		@Test
		void configuredClientGetsBothHeaders() throws Exception {
			assertBothHeaders(fromOutside(this.port));
		}

	}

	@Nested
	@TestPropertySource(properties = "n1.web.response-headers=all")
	class ToAll {

		@LocalServerPort
		int port;

		@Test
		void outsideClientGetsBothHeaders() throws Exception {
			assertBothHeaders(fromOutside(this.port));
		}

	}

	@Nested
	@TestPropertySource(properties = "n1.web.response-headers=none")
	class ToNone {

		@LocalServerPort
		int port;

		@Test
		void evenALoopbackClientGetsNeitherHeader() throws Exception {
			assertNeitherHeader(fromLoopback(this.port));
		}

	}

}
