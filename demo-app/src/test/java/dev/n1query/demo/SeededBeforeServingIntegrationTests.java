package dev.n1query.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's data is there before its first page is served: a user who opens the page as
 * soon as the server listens sees the customers (and N1 sees their N+1), not an empty
 * table. The page is fetched over real HTTP when the application has started, before
 * {@code ApplicationRunner}s run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SeededBeforeServingIntegrationTests {

	@Autowired
	private FirstPage firstPage;

	@Test
	void theFirstPageServedShowsEveryCustomer() {
		assertThat(this.firstPage.status).isEqualTo(200);
		assertThat(this.firstPage.customerRows).isEqualTo(100);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FirstPageConfiguration {

		@Bean
		FirstPage firstPage() {
			return new FirstPage();
		}

	}

	/** Fetches {@code /customers} the moment the application has started. */
	static class FirstPage implements ApplicationListener<ApplicationStartedEvent> {

		volatile int status;

		volatile int customerRows = -1;

		@Override
		public void onApplicationEvent(ApplicationStartedEvent event) {
			String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
			try {
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/customers")).build(),
							HttpResponse.BodyHandlers.ofString());
				this.status = response.statusCode();
				this.customerRows = countRows(response.body());
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not fetch the first page", ex);
			}
		}

		// One table row per customer in the body (the header row is in <thead>).
		private static int countRows(String body) {
			int start = body.indexOf("<tbody>");
			int end = body.indexOf("</tbody>");
			if (start < 0 || end < start) {
				return -1;
			}
			String rows = body.substring(start, end);
			return rows.split("<tr", -1).length - 1;
		}

	}

}
