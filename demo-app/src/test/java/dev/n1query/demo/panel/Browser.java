package dev.n1query.demo.panel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages.
 * Without them the browser tests are skipped with that reason, except in CI
 * ({@code CI=true}), where they fail.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	final ChromeDriver driver;

	final WebDriverWait wait;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	static Browser start() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new AssertionError("chromium and chromium-driver are not installed: .ci/run must install them");
		}
		Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options));
	}

	/** The panel's shadow root, once the page's panel script has attached it. */
	SearchContext panel() {
		WebElement host = this.wait.until((driver) -> driver.findElement(By.id("n1-panel")));
		return this.wait.until((driver) -> {
			SearchContext root = host.getShadowRoot();
			return root.findElements(By.cssSelector(".n1-badge")).isEmpty() ? null : root;
		});
	}

	WebElement find(SearchContext context, String css) {
		return this.wait.until((driver) -> {
			var found = context.findElements(By.cssSelector(css));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
