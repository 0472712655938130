package dev.n1query.demo.panel;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import dev.n1query.demo.DemoProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development panel in a real headless Chromium, on the demo, whose pages all carry a
 * strict Content-Security-Policy ({@code script-src 'self'; style-src 'self'}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:panel;DB_CLOSE_DELAY=-1", "n1.overlay.enabled=true" })
class PanelBrowserIntegrationTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	DemoProperties properties;

	Browser browser;

	@BeforeEach
	void start() {
		this.browser = Browser.start();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	private SearchContext open(String path) {
		this.browser.driver.get("http://localhost:" + this.port + path);
		return this.browser.panel();
	}

	private SearchContext openPanel(SearchContext panel) {
		this.browser.find(panel, ".n1-badge").click();
		this.browser.find(panel, ".n1-sheet");
		return panel;
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/customers")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("script-src 'self'")
			.contains("style-src 'self'");
	}

	@Test
	void badgeShowsTheCountsOfABrokenPage() throws Exception {
		SearchContext panel = open("/customers");
		String badge = this.browser.find(panel, ".n1-badge").getText();
		assertThat(badge).startsWith((1 + this.properties.customers()) + " queries · ").endsWith(" ms · 1 N+1");
		assertThat(this.browser.find(panel, ".n1-badge").getAttribute("class")).contains("n1-severity-bad");
		screenshot("panel-badge.png");
	}

	@Test
	void clickingTheBadgeOpensThePanelWithTheNPlusOneFirst() throws Exception {
		SearchContext panel = openPanel(open("/customers"));
		this.browser.find(panel, ".n1-groups tbody tr");
		WebElement first = panel.findElements(By.cssSelector(".n1-groups tbody tr")).get(0);
		assertThat(first.getAttribute("class")).contains("n1-rank-0");
		assertThat(first.findElement(By.cssSelector(".n1-marker")).getText()).isEqualTo("N+1");
		assertThat(first.findElement(By.cssSelector(".n1-num")).getText())
			.isEqualTo(String.valueOf(this.properties.customers()));
		assertThat(first.findElement(By.cssSelector(".n1-callsite")).getText())
			.isEqualTo("rendering customers.html:13 th:each=\"order : ${customer.orders}\" for CustomerController.customers");
		// formatted and highlighted by the bundled sql-formatter and highlight.js
		this.browser.wait.until((driver) -> !first.findElements(By.cssSelector("code.n1-sql .hljs-keyword")).isEmpty());
		assertThat(this.browser.find(panel, ".n1-finding-nplusone").getText()).contains("Fix:");
		screenshot("panel-open.png");
	}

	@Test
	void requestsThePageMakesAfterLoadingAreListed() {
		SearchContext panel = open("/activity");
		this.browser.wait.until((driver) -> driver.findElement(By.id("authors")).getText().contains("loaded"));
		this.browser.wait.until((driver) -> driver.findElement(By.id("totals")).getText().contains("loaded"));
		openPanel(panel);
		this.browser.wait.until((driver) -> {
			List<WebElement> requests = panel.findElements(By.cssSelector(".n1-background-request"));
			return requests.size() == 2 && requests.stream().noneMatch((item) -> item.getText().endsWith("…"));
		});
		List<String> listed = panel.findElements(By.cssSelector(".n1-background-request"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(listed).contains("GET /api/authors — " + (1 + this.properties.authors()) + " queries · 1 N+1",
				"GET /jdbc/customer-totals/fixed — 1 queries · 0 N+1");
		assertThat(this.browser.find(panel, ".n1-badge").getText()).endsWith("+2 requests");
	}

	@Test
	void explainShowsThePlanOfARecordedSelect() {
		SearchContext panel = openPanel(open("/customers"));
		this.browser.find(panel, ".n1-groups tbody tr");
		WebElement first = panel.findElements(By.cssSelector(".n1-groups tbody tr")).get(0);
		first.findElement(By.cssSelector("[data-n1-action=toggle]")).click();
		WebElement explain = this.browser.find(first, ".n1-explain");
		explain.click();
		WebElement plan = this.browser.find(first, ".n1-plan-shown");
		assertThat(plan.getText()).containsIgnoringCase("purchase_order").doesNotContain("failed");
	}

	@Test
	void pageThatRanNoSqlOpensAtOnceWithoutAskingTheServer() {
		SearchContext panel = open("/");
		assertThat(this.browser.find(panel, ".n1-badge").getText()).startsWith("0 queries");
		this.browser.find(panel, ".n1-badge").click();
		// no polling for a report the server does not keep: the sheet is there straight away
		assertThat(panel.findElements(By.cssSelector(".n1-sheet .n1-totals"))).singleElement()
			.extracting(WebElement::getText)
			.isEqualTo("This page ran no SQL.");
	}

	@Test
	void markupInParametersIsShownAsTextAndNeverRuns() {
		String payload = "</script><img src=x onerror=\"window.n1Pwned=1\"><script>window.n1Pwned=2</script>";
		SearchContext panel = openPanel(open("/customers/search?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)));
		this.browser.find(panel, ".n1-groups tbody tr");
		WebElement group = panel.findElements(By.cssSelector(".n1-groups tbody tr")).get(0);
		group.findElement(By.cssSelector("[data-n1-action=toggle]")).click();
		WebElement parameters = this.browser.find(group, ".n1-params");
		this.browser.wait.until((driver) -> parameters.isDisplayed());
		assertThat(parameters.getText()).contains("<img src=x onerror=\"window.n1Pwned=1\">");
		assertThat(panel.findElements(By.cssSelector("img"))).isEmpty();
		assertThat(this.browser.driver.executeScript("return typeof window.n1Pwned")).isEqualTo("undefined");
	}

	static final List<String> PAYLOADS = List.of("<script>window.n1Pwned=1</script>",
			"</script><img src=x onerror=\"window.n1Pwned=2\">", "<img src=x onerror=window.n1Pwned=3>",
			"<svg onload=window.n1Pwned=4>", "\"><svg/onload=window.n1Pwned=5>", "'><img src=x onerror=window.n1Pwned=6>",
			"<iframe srcdoc=\"<script>parent.n1Pwned=7</script>\">", "<a href=\"javascript:window.n1Pwned=8\">x</a>",
			"<body onload=window.n1Pwned=9>", "<details open ontoggle=window.n1Pwned=10>",
			"<math><mi xlink:href=\"javascript:window.n1Pwned=11\">", "{{constructor.constructor('window.n1Pwned=12')()}}",
			"${7*7}<img src=x onerror=window.n1Pwned=13>", "<style>@import 'javascript:window.n1Pwned=14';</style>",
			"<input autofocus onfocus=window.n1Pwned=15>", "<video><source onerror=window.n1Pwned=16>",
			"&lt;img src=x onerror=window.n1Pwned=17&gt;", "<scr<script>ipt>window.n1Pwned=18</script>",
			"\\u003cimg src=x onerror=window.n1Pwned=19\\u003e", "<object data=\"javascript:window.n1Pwned=20\">");

	/**
	 * Twenty payloads in SQL text, bound values and database error messages: every one is
	 * shown as text in the open panel (statements and stacks expanded) and in the actuator
	 * endpoint opened in the browser, and none runs.
	 */
	@Test
	void twentyPayloadsAreShownAsTextAndNeverRun() {
		for (String payload : PAYLOADS) {
			checkPayload(payload, "/test/xss?payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
			if (payload.indexOf('/') < 0 && payload.indexOf('\\') < 0) {
				// in the URL's path too (the servlet container refuses encoded slashes and backslashes)
				checkPayload(payload, "/test/xss/" + URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20"));
			}
		}
	}

	private void checkPayload(String payload, String url) {
		SearchContext panel = openPanel(open(url));
		this.browser.find(panel, ".n1-groups tbody tr");
		for (WebElement toggle : panel.findElements(By.cssSelector("[data-n1-action=toggle]"))) {
			toggle.click();
		}
		String text = this.browser.find(panel, ".n1-sheet").getText();
		assertThat(text).as(payload).contains(payload.substring(0, Math.min(12, payload.length())));
		assertThat(panel.findElements(By.cssSelector("img, svg, iframe, script, object, video, input, a, math, details, style, body")))
			.as(payload)
			.isEmpty();
		assertThat(this.browser.driver.executeScript("return typeof window.n1Pwned")).as(payload).isEqualTo("undefined");
		// the same request through the actuator endpoint, opened in the browser
		String id = this.browser.driver.findElement(By.id("n1-panel")).getAttribute("data-n1-id");
		this.browser.driver.get("http://localhost:" + this.port + "/actuator/queries/" + id);
		assertThat(this.browser.driver.getPageSource()).as(payload).contains("select");
		assertThat(this.browser.driver.findElements(By.cssSelector("img, svg, iframe, object, video, input, details")))
			.as(payload)
			.isEmpty();
		assertThat(this.browser.driver.executeScript("return typeof window.n1Pwned")).as(payload).isEqualTo("undefined");
	}

	/**
	 * Measures (does not assert) how long the panel takes to open on a page of 5,000
	 * statements, 1,250 of them with a 2,000-item IN list; the figure is written to
	 * target/panel-timing.txt and published in the README.
	 */
	@Test
	void panelOfAPageWithFiveThousandStatementsOpens() throws Exception {
		SearchContext panel = open("/test/many-statements?statements=5000");
		assertThat(this.browser.find(panel, ".n1-badge").getText()).startsWith("5000 queries");
		// Timed in the page: from the click to the first highlighted statement on screen.
		this.browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
		long millis = ((Number) this.browser.driver.executeAsyncScript(
				"var done = arguments[arguments.length - 1];"
						+ "var root = document.getElementById('n1-panel').shadowRoot;"
						+ "var start = performance.now();"
						+ "root.querySelector('.n1-badge').click();"
						+ "(function poll() {"
						+ "  if (root.querySelector('code.n1-sql .hljs-keyword')) { done(Math.round(performance.now() - start)); }"
						+ "  else { requestAnimationFrame(poll); }"
						+ "})();"))
			.longValue();
		assertThat(panel.findElements(By.cssSelector(".n1-groups tbody tr"))).hasSize(4);
		assertThat(panel.findElements(By.cssSelector(".n1-statement"))).hasSize(500);
		assertThat(panel.findElements(By.cssSelector(".n1-statement code")).stream()
			.anyMatch((code) -> code.getAttribute("textContent").contains("… 1990 more"))).isTrue();
		Files.createDirectories(SCREENSHOTS.getParent());
		Files.writeString(SCREENSHOTS.getParent().resolve("panel-timing.txt"),
				"panel open + first highlight on a 5,000-statement page: " + millis + " ms\n");
	}

	private void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Path shot = this.browser.driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
