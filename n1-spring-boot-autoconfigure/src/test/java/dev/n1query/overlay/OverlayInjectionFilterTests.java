package dev.n1query.overlay;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.StatementExecution;
import dev.n1query.web.N1RequestFilter;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The injection rules: only complete, uncompressed HTML gets the panel; everything else
 * goes out byte for byte.
 */
class OverlayInjectionFilterTests {

	private final QueryTracker tracker = new QueryTracker();

	private final PageTokens tokens = new PageTokens();

	private final OverlayInjectionFilter filter = new OverlayInjectionFilter(
			new PanelClients(new ClientAddresses(List.of("10.1.0.0/16")), new AllowedHosts(List.of("devbox.test"))),
			this.tokens, "/n1");

	// As registered: the injection filter around N1's request filter, around the page, which
	// runs three lookups (an N+1) before writing.
	private final N1RequestFilter requestFilter = new N1RequestFilter(this.tracker);

	private void doFilter(MockHttpServletRequest request, MockHttpServletResponse response, FilterChain page)
			throws Exception {
		this.filter.doFilter(request, response, (req, res) -> this.requestFilter.doFilter(req, res, (r, s) -> {
			for (int i = 0; i < 3; i++) {
				this.tracker.record(StatementExecution.of("select * from t where id = ?", i));
			}
			page.doFilter(r, s);
		}));
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page");
		request.setRemoteAddr("127.0.0.1");
		return request;
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, String contentType, byte[] body,
			ResponseCustomizer customizer) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (req, res) -> {
			res.setContentType(contentType);
			customizer.customize((jakarta.servlet.http.HttpServletResponse) res);
			res.setContentLength(body.length);
			res.getOutputStream().write(body);
			res.flushBuffer();
		};
		doFilter(request, response, chain);
		return response;
	}

	private MockHttpServletResponse run(String contentType, byte[] body) throws Exception {
		return run(request(), contentType, body, (res) -> {
		});
	}

	@Test
	void htmlGetsThePanelBeforeTheClosingBodyTagWithACorrectContentLength() throws Exception {
		byte[] page = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
		MockHttpServletResponse response = run("text/html;charset=UTF-8", page);
		String body = response.getContentAsString();
		assertThat(body).startsWith("<html><body><p>Hello</p><div id=\"n1-panel\"").endsWith("</script></body></html>");
		assertThat(body).contains("data-n1-queries=\"3\"").contains("data-n1-nplusone=\"1\"")
			.contains("src=\"/n1/assets/panel.js\"");
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
	}

	@Test
	void uppercaseBodyTagAndTheLastOneCount() throws Exception {
		String page = "<HTML><BODY><pre>&lt;/body&gt; </body> inside text</pre></BODY></HTML>";
		String body = run("text/html", page.getBytes(StandardCharsets.ISO_8859_1)).getContentAsString();
		assertThat(body).contains("inside text</pre><div id=\"n1-panel\"").endsWith("</script></BODY></HTML>");
	}

	@Test
	void htmlWithoutBodyGetsThePanelAtTheEnd() throws Exception {
		String body = run("text/html", "<p>fragment".getBytes(StandardCharsets.UTF_8)).getContentAsString();
		assertThat(body).startsWith("<p>fragment<div id=\"n1-panel\"").endsWith("</script>");
	}

	@Test
	void charsetIsPreservedByteForByteAroundThePanel() throws Exception {
		for (Charset charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
			String page = "<html><body>Crème brûlée – 価格</body></html>";
			byte[] original = page.getBytes(charset);
			MockHttpServletResponse response = run("text/html;charset=" + charset.name(), original);
			String decoded = new String(response.getContentAsByteArray(), charset);
			assertThat(decoded).as(charset.name())
				.startsWith(new String(original, charset).replace("</body></html>", ""))
				.contains("<div id=\"n1-panel\"")
				.endsWith("</body></html>");
		}
	}

	@Test
	void writerOutputIsInjectedToo() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		doFilter(request(), response, (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write("<html><body>é</body></html>");
			res.getWriter().flush();
		});
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("<html><body>é<div id=\"n1-panel\"");
	}

	@Test
	void nonHtmlIsUntouched() throws Exception {
		byte[] json = "{\"body\":\"</body>\"}".getBytes(StandardCharsets.UTF_8);
		MockHttpServletResponse response = run("application/json", json);
		assertThat(response.getContentAsByteArray()).isEqualTo(json);
		assertThat(response.getContentLength()).isEqualTo(json.length);
	}

	@Test
	void compressedHtmlIsUntouched() throws Exception {
		byte[] gzipped = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3 };
		MockHttpServletResponse response = run(request(), "text/html", gzipped,
				(res) -> res.setHeader("Content-Encoding", "gzip"));
		assertThat(response.getContentAsByteArray()).isEqualTo(gzipped);
	}

	@Test
	void rangeRequestsAndDownloadsAreUntouched() throws Exception {
		byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
		MockHttpServletRequest range = request();
		range.addHeader("Range", "bytes=0-10");
		assertThat(run(range, "text/html", page, (res) -> {
		}).getContentAsByteArray()).isEqualTo(page);
		assertThat(run(request(), "text/html", page,
				(res) -> res.setHeader("Content-Disposition", "attachment; filename=page.html"))
			.getContentAsByteArray()).isEqualTo(page);
	}

	@Test
	void errorPagesAreUntouched() throws Exception {
		byte[] page = "<html><body>oops</body></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(run(request(), "text/html", page, (res) -> res.setStatus(500)).getContentAsByteArray())
			.isEqualTo(page);
	}

	@Test
	void asyncResponsesAreUntouched() throws Exception {
		MockHttpServletRequest request = request();
		request.setAsyncSupported(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		byte[] chunk = "<html><body>streamed".getBytes(StandardCharsets.UTF_8);
		doFilter(request, response, (req, res) -> {
			req.startAsync();
			res.setContentType("text/html");
			res.getOutputStream().write(chunk);
		});
		assertThat(response.getContentAsByteArray()).isEqualTo(chunk);
	}

	@Test
	void onlyAllowedClientsGetThePanel() throws Exception {
		byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
		MockHttpServletRequest stranger = request();
		stranger.setRemoteAddr("192.168.7.7");
		stranger.addHeader("X-Forwarded-For", "127.0.0.1");
		assertThat(run(stranger, "text/html", page, (res) -> {
		}).getContentAsByteArray()).isEqualTo(page);
		MockHttpServletRequest colleague = request();
		colleague.setRemoteAddr("10.1.2.3");
		assertThat(run(colleague, "text/html", page, (res) -> {
		}).getContentAsString()).contains("n1-panel");
	}

	@Test
	void pageAndItsResponseCarryTheReportsToken() throws Exception {
		byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
		MockHttpServletResponse response = run("text/html", page);
		String id = response.getHeader(N1RequestFilter.REQUEST_ID_HEADER);
		String token = response.getHeader(PageTokens.HEADER);
		assertThat(id).isNotNull();
		assertThat(this.tokens.matches(id, token)).isTrue();
		assertThat(response.getContentAsString()).contains("data-n1-id=\"" + id + "\" data-n1-token=\"" + token + "\"");
	}

	@Test
	void foreignHostGetsNoPanelAndNoToken() throws Exception {
		byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
		MockHttpServletRequest rebound = request();
		rebound.addHeader("Host", "rebind.attacker.example:8080");
		MockHttpServletResponse response = run(rebound, "text/html", page, (res) -> {
		});
		assertThat(response.getContentAsByteArray()).isEqualTo(page);
		assertThat(response.getHeader(PageTokens.HEADER)).isNull();
		MockHttpServletRequest configured = request();
		configured.addHeader("Host", "DevBox.test:8080");
		assertThat(run(configured, "text/html", page, (res) -> {
		}).getContentAsString()).contains("n1-panel");
	}

	@Test
	void pageNonceIsGivenToThePanelScript() throws Exception {
		byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
		String body = run(request(), "text/html", page,
				(res) -> res.setHeader("Content-Security-Policy", "script-src 'nonce-r4nd0m' 'strict-dynamic'"))
			.getContentAsString();
		assertThat(body).contains("<script src=\"/n1/assets/panel.js\" defer nonce=\"r4nd0m\"></script>");
	}

	@Test
	void withoutAScopeThePageIsUntouched() throws Exception {
		byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request(), response, (req, res) -> { // N1's request filter not in the chain
			res.setContentType("text/html");
			res.getOutputStream().write(page);
		});
		assertThat(response.getContentAsByteArray()).isEqualTo(page);
	}

	@Test
	void clientAddressesParseAndMatch() {
		ClientAddresses clients = new ClientAddresses(List.of("192.168.1.20", "10.0.0.0/8", "2001:db8::/32"));
		assertThat(clients.isAllowed("127.0.0.1")).isTrue();
		assertThat(clients.isAllowed("::1")).isTrue();
		assertThat(clients.isAllowed("192.168.1.20")).isTrue();
		assertThat(clients.isAllowed("192.168.1.21")).isFalse();
		assertThat(clients.isAllowed("10.200.3.4")).isTrue();
		assertThat(clients.isAllowed("2001:db8:1::5")).isTrue();
		assertThat(clients.isAllowed("example.com")).isFalse();
		assertThat(clients.isAllowed(null)).isFalse();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClientAddresses(List.of("intranet.local")))
			.withMessageContaining("n1.overlay.allowed-addresses");
	}

	@FunctionalInterface
	interface ResponseCustomizer {

		void customize(jakarta.servlet.http.HttpServletResponse response);

	}

}
