package dev.n1query.demo.panel;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel's XSS checks with the demo's Content-Security-Policy switched off, so that only
 * N1's escaping stands between a payload and the page: a control page that writes the
 * payload unescaped shows the check catches a payload that runs; in the panel, none runs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:panel-no-csp;DB_CLOSE_DELAY=-1", "n1.overlay.enabled=true" })
@Import(PanelWithoutContentSecurityPolicyBrowserTests.WithoutContentSecurityPolicy.class)
class PanelWithoutContentSecurityPolicyBrowserTests {

	@LocalServerPort
	int port;

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

	private Object pwned() {
		return this.browser.driver.executeScript("return typeof window.n1Pwned");
	}

	@Test
	void pagesCarryNoContentSecurityPolicyHere() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/customers")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Content-Security-Policy")).isEmpty();
	}

	@Test
	void controlPayloadWrittenUnescapedRuns() {
		this.browser.driver.get("http://localhost:" + this.port + "/test/xss-unescaped?payload="
				+ URLEncoder.encode("<img src=x onerror=\"window.n1Pwned=1\">", StandardCharsets.UTF_8));
		this.browser.wait.until((driver) -> "number".equals(pwned()));
		assertThat(pwned()).isEqualTo("number");
	}

	@Test
	void payloadsInThePanelNeverRun() {
		for (String payload : PanelBrowserIntegrationTests.PAYLOADS) {
			this.browser.driver.get("http://localhost:" + this.port + "/test/xss?payload="
					+ URLEncoder.encode(payload, StandardCharsets.UTF_8));
			SearchContext panel = this.browser.panel();
			this.browser.find(panel, ".n1-badge").click();
			this.browser.find(panel, ".n1-groups tbody tr");
			for (WebElement toggle : panel.findElements(By.cssSelector("[data-n1-action=toggle]"))) {
				toggle.click();
			}
			String text = this.browser.find(panel, ".n1-sheet").getText();
			assertThat(text).as(payload).contains(payload.substring(0, Math.min(12, payload.length())));
			assertThat(pwned()).as(payload).isEqualTo("undefined");
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class WithoutContentSecurityPolicy {

		@Bean
		FilterRegistrationBean<Filter> contentSecurityPolicyOff(
				@Qualifier("contentSecurityPolicyFilter") Filter contentSecurityPolicy) {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(contentSecurityPolicy);
			registration.setEnabled(false);
			return registration;
		}

	}

}
