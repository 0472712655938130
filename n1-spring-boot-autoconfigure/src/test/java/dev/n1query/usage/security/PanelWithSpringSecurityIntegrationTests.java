package dev.n1query.usage.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.n1query.overlay.PageTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel in an application secured by Spring Security, through real HTTP: its
 * requests run through the application's security filter chain, and a report's data
 * goes only to a requester the application allows the report's page. A valid page token
 * alone gets nothing.
 */
@SpringBootTest(classes = SecuredWebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-secured;DB_CLOSE_DELAY=-1", "n1.overlay.enabled=true" })
class PanelWithSpringSecurityIntegrationTests {

	private static final Pattern PANEL = Pattern.compile("data-n1-id=\"([0-9a-f]+)\" data-n1-token=\"([A-Za-z0-9_-]+)\"");

	private static final Pattern EXPLAIN = Pattern.compile("data-n1-action=\"explain\" data-n1-token=\"([0-9a-f]+)\"");

	private static final String ADMIN = basic("admin", "admin-pw");

	private static final String USER = basic("user", "user-pw");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A page loaded by a user the application allows it: its report's id and token. */
	private String[] page(String path, String authorization) throws Exception {
		HttpResponse<String> page = send("GET", path, "Authorization", authorization);
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher matcher = PANEL.matcher(page.body());
		assertThat(matcher.find()).as(page.body()).isTrue();
		String id = matcher.group(1);
		String token = matcher.group(2);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> send("GET", "/n1/requests/" + id + "/summary", PageTokens.HEADER, token, "Authorization",
					authorization)
				.statusCode() != 404);
		return new String[] { id, token };
	}

	@Test
	void anonymousUserGetsNothingEvenWithAValidPageToken() throws Exception {
		String[] report = page("/admin/report", ADMIN);
		String data = "/n1/requests/" + report[0];
		assertThat(send("GET", "/admin/report").statusCode()).isEqualTo(401);
		for (String path : new String[] { data, data + "/summary" }) {
			HttpResponse<String> anonymous = send("GET", path, PageTokens.HEADER, report[1]);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
			assertThat(anonymous.body()).doesNotContain("select");
		}
		assertThat(send("GET", "/n1/assets/panel.js").statusCode()).isEqualTo(401);
		Matcher explain = EXPLAIN.matcher(send("GET", data, PageTokens.HEADER, report[1], "Authorization", ADMIN).body());
		assertThat(explain.find()).isTrue();
		assertThat(send("POST", "/n1/explain/" + explain.group(1), "X-N1-Panel", "1", PageTokens.HEADER, report[1])
			.statusCode()).isEqualTo(401);
	}

	@Test
	void userNotAllowedThePageGetsNoneOfItsData() throws Exception {
		String[] report = page("/admin/report", ADMIN);
		assertThat(send("GET", "/admin/report", "Authorization", USER).statusCode()).isEqualTo(403);
		HttpResponse<String> panel = send("GET", "/n1/requests/" + report[0], PageTokens.HEADER, report[1],
				"Authorization", USER);
		assertThat(panel.statusCode()).isEqualTo(403);
		assertThat(panel.body()).doesNotContain("select");
		assertThat(send("GET", "/n1/requests/" + report[0] + "/summary", PageTokens.HEADER, report[1],
				"Authorization", USER)
			.statusCode()).isEqualTo(403);
		// The same user gets the panel of a page the application allows them.
		String[] own = page("/page", USER);
		HttpResponse<String> ownPanel = send("GET", "/n1/requests/" + own[0], PageTokens.HEADER, own[1],
				"Authorization", USER);
		assertThat(ownPanel.statusCode()).isEqualTo(200);
		assertThat(ownPanel.body()).contains("select");
	}

	@Test
	void userAllowedThePageGetsThePanelAndExplainDespiteCsrfProtection() throws Exception {
		String[] report = page("/admin/report", ADMIN);
		HttpResponse<String> panel = send("GET", "/n1/requests/" + report[0], PageTokens.HEADER, report[1],
				"Authorization", ADMIN);
		assertThat(panel.statusCode()).isEqualTo(200);
		Matcher explain = EXPLAIN.matcher(panel.body());
		assertThat(explain.find()).isTrue();
		HttpResponse<String> plan = send("POST", "/n1/explain/" + explain.group(1), "X-N1-Panel", "1",
				PageTokens.HEADER, report[1], "Authorization", ADMIN);
		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(plan.body()).startsWith("{\"lines\":[");
		assertThat(send("GET", "/n1/assets/panel.js", "Authorization", ADMIN).statusCode()).isEqualTo(200);
	}

}
