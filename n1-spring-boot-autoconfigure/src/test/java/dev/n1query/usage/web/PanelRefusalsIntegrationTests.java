package dev.n1query.usage.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.n1query.overlay.PageTokens;
import dev.n1query.web.N1RequestFilter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel's refusals through real HTTP: a request for a report's data is served only to
 * an allowed client, for an allowed Host, with the report's page token.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-panel-refusals;DB_CLOSE_DELAY=-1",
				"n1.overlay.enabled=true", "n1.overlay.allowed-hosts=devbox.example.test" })
class PanelRefusalsIntegrationTests {

	private static final Pattern PANEL = Pattern.compile("data-n1-id=\"([0-9a-f]+)\" data-n1-token=\"([A-Za-z0-9_-]+)\"");

	private static final Pattern EXPLAIN = Pattern.compile("data-n1-action=\"explain\" data-n1-token=\"([0-9a-f]+)\"");

	@LocalServerPort
	int port;

	/** A page N1 served: its report's id and page token. */
	private Page page() throws Exception {
		HttpResponse<String> page = Http.get(this.port, "/html");
		Matcher matcher = PANEL.matcher(page.body());
		assertThat(matcher.find()).as(page.body()).isTrue();
		Page served = new Page(matcher.group(1), matcher.group(2));
		assertThat(page.headers().firstValue(N1RequestFilter.REQUEST_ID_HEADER)).hasValue(served.id());
		assertThat(page.headers().firstValue(PageTokens.HEADER)).hasValue(served.token());
		awaitStored(served.id(), served.token());
		return served;
	}

	// The response can reach the client before N1 has closed and stored the request's report.
	private void awaitStored(String id, String token) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> panel(id + "/summary", PageTokens.HEADER, token).statusCode() != 404);
	}

	private HttpResponse<String> panel(String id, String... headers) throws Exception {
		return Http.send(this.port, "GET", "/n1/requests/" + id, headers);
	}

	@Test
	void rebindingRequestWithAForeignHostIsRefused() throws Exception {
		Page page = page();
		String path = "/n1/requests/" + page.id();
		Http.Raw rebound = Http.getWithHost(this.port, "rebind.attacker.example:" + this.port, path,
				PageTokens.HEADER, page.token());
		assertThat(rebound.status()).isEqualTo(404);
		assertThat(rebound.body()).doesNotContain("select");
		// The same bytes with a loopback or configured Host are served: only the Host differs.
		assertThat(Http.getWithHost(this.port, "127.0.0.1:" + this.port, path, PageTokens.HEADER, page.token())
			.status()).isEqualTo(200);
		assertThat(Http.getWithHost(this.port, "DevBox.Example.Test:" + this.port, path, PageTokens.HEADER,
				page.token())
			.status()).isEqualTo(200);
		assertThat(Http.getWithHost(this.port, "devbox.example.test.attacker.example", path, PageTokens.HEADER,
				page.token())
			.status()).isEqualTo(404);
	}

	@Test
	void rebindingPageGetsNoPanelTokenOrHeaders() throws Exception {
		Http.Raw rebound = Http.getWithHost(this.port, "rebind.attacker.example:" + this.port, "/html");
		assertThat(rebound.status()).isEqualTo(200);
		assertThat(rebound.body()).contains("<h1>Hello</h1>").doesNotContain("n1-panel");
		assertThat(rebound.headers()).doesNotContainKeys("x-n1-request-id", "x-n1-token", "server-timing");
	}

	@Test
	void requestWithoutOrWithAWrongPageTokenIsRefused() throws Exception {
		Page page = page();
		Page other = page();
		assertThat(panel(page.id()).statusCode()).isEqualTo(403);
		assertThat(panel(page.id() + "/summary").statusCode()).isEqualTo(403);
		assertThat(panel(page.id(), PageTokens.HEADER, other.token()).statusCode()).isEqualTo(403);
		assertThat(panel(page.id() + "/summary", PageTokens.HEADER, other.token()).statusCode()).isEqualTo(403);
		assertThat(panel(page.id(), PageTokens.HEADER, "not-a-token").statusCode()).isEqualTo(403);
		assertThat(panel(page.id(), PageTokens.HEADER, page.id()).statusCode()).isEqualTo(403);
		HttpResponse<String> fragment = panel(page.id(), PageTokens.HEADER, page.token());
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("select");
		assertThat(panel(page.id() + "/summary", PageTokens.HEADER, page.token()).body())
			.contains("\"id\":\"" + page.id() + "\"");
	}

	@Test
	void explainWithoutOrWithAWrongPageTokenIsRefused() throws Exception {
		Page page = page();
		Page other = page();
		Matcher explain = EXPLAIN.matcher(panel(page.id(), PageTokens.HEADER, page.token()).body());
		assertThat(explain.find()).isTrue();
		String path = "/n1/explain/" + explain.group(1);
		assertThat(Http.send(this.port, "POST", path, "X-N1-Panel", "1").statusCode()).isEqualTo(403);
		assertThat(Http.send(this.port, "POST", path, "X-N1-Panel", "1", PageTokens.HEADER, other.token())
			.statusCode()).isEqualTo(403);
		assertThat(Http.send(this.port, "POST", path, PageTokens.HEADER, page.token()).statusCode()).isEqualTo(404);
		HttpResponse<String> plan = Http.send(this.port, "POST", path, "X-N1-Panel", "1", PageTokens.HEADER,
				page.token());
		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(plan.body()).startsWith("{\"lines\":[");
	}

	@Test
	void backgroundResponsesCarryTheTokenOfTheirOwnReport() throws Exception {
		Page page = page();
		HttpResponse<String> json = Http.get(this.port, "/work/x/1");
		String id = json.headers().firstValue(N1RequestFilter.REQUEST_ID_HEADER).orElseThrow();
		String token = json.headers().firstValue(PageTokens.HEADER).orElseThrow();
		awaitStored(id, token);
		assertThat(panel(id + "/summary", PageTokens.HEADER, page.token()).statusCode()).isEqualTo(403);
		HttpResponse<String> summary = panel(id + "/summary", PageTokens.HEADER, token);
		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(summary.body()).contains("\"queryCount\":1");
	}

	private record Page(String id, String token) {
	}

}
