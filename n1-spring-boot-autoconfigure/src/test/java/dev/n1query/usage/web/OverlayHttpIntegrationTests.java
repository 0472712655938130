package dev.n1query.usage.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.n1query.overlay.PageTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel through real HTTP: HTML pages get it, streams and events go out untouched. */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-overlay;DB_CLOSE_DELAY=-1", "n1.overlay.enabled=true" })
class OverlayHttpIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	PageTokens tokens;

	private HttpResponse<String> send(String method, String path) throws Exception {
		return Http.send(this.port, method, path);
	}

	@Test
	void htmlPageGetsThePanel() throws Exception {
		HttpResponse<String> page = send("GET", "/html");
		assertThat(page.body()).startsWith("<html><body><h1>Hello</h1><div id=\"n1-panel\"")
			.contains("data-n1-queries=\"1\"")
			.endsWith("</script></body></html>");
		assertThat(page.headers().firstValueAsLong("Content-Length")).hasValue(page.body().length());
	}

	@Test
	void streamingHtmlGoesOutUntouched() throws Exception {
		assertThat(send("GET", "/stream").body())
			.isEqualTo("<p>chunk 0</p><p>chunk 1</p><p>chunk 2</p></body></html>");
	}

	@Test
	void serverSentEventsGoOutUntouched() throws Exception {
		assertThat(send("GET", "/sse").body()).isEqualTo("data:<html><body>event</body></html>\n\n");
	}

	@Test
	void jsonGoesOutUntouched() throws Exception {
		assertThat(send("GET", "/work/x/1").body()).isEqualTo("x");
	}

	@Test
	void panelAssetsAreServedAndUnknownPathsAreNotFound() throws Exception {
		HttpResponse<String> script = send("GET", "/n1/assets/panel.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).get().asString().startsWith("text/javascript");
		assertThat(send("GET", "/n1/assets/vendor/highlight.min.js").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/n1/assets/../../application.properties").statusCode()).isEqualTo(404);
		// Files that exist next to the assets but are not served: the template, and traversal to it.
		assertThat(send("GET", "/n1/templates/panel.html").statusCode()).isEqualTo(404);
		assertThat(send("GET", "/n1/assets/../templates/panel.html").statusCode()).isEqualTo(404);
		assertThat(send("GET", "/n1/assets/%2e%2e/templates/panel.html").statusCode()).isEqualTo(404);
		assertThat(Http.send(this.port, "GET", "/n1/requests/0000000000000000", PageTokens.HEADER,
				this.tokens.issue("0000000000000000"))
			.statusCode()).isEqualTo(404);
		assertThat(send("GET", "/n1/anything").statusCode()).isEqualTo(404);
	}

	@Test
	void explainRefusesForgedTokensAndRequestsWithoutThePanelHeader() throws Exception {
		HttpRequest forged = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/n1/explain/00112233445566778899aabbccddeeff"))
			.header("X-N1-Panel", "1")
			.header(PageTokens.HEADER, this.tokens.issue("0000000000000000"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = this.http.send(forged, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Unknown or already used token");
		assertThat(send("POST", "/n1/explain/00112233445566778899aabbccddeeff").statusCode()).isEqualTo(404);
	}

}
