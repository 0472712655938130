package dev.n1query.demo;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.n1query.core.Finding;
import dev.n1query.core.ScopeReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customers page from the quick start: the template loop is one N+1 group of one
 * statement per customer, the entity-graph variant is one statement, and concurrent
 * requests keep their own statements. Also: every link of the index page works.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:customer-page;DB_CLOSE_DELAY=-1")
@Import(DemoHttp.ReportsConfiguration.class)
class CustomerPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	@Autowired
	DemoProperties properties;

	DemoHttp http;

	@BeforeEach
	void http() {
		this.http = new DemoHttp(this.port, this.reports);
	}

	@Test
	void brokenPageIsOneNPlusOneOfOneStatementPerCustomerAttributedToTheDemosView() throws Exception {
		ScopeReport report = this.http.call("GET", "/customers");
		assertThat(report.uri()).isEqualTo("/customers");
		assertThat(report.queryCount()).isEqualTo(1 + this.properties.customers());
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(this.properties.customers());
			assertThat(finding.fingerprint()).contains("from purchase_order").contains("customer_id = ?");
			assertThat(finding.callSite().className()).isEqualTo("dev.n1query.demo.shop.CustomerController");
			assertThat(finding.callSite().methodName()).isEqualTo("customers");
			assertThat(finding.callSite().toString())
				.isEqualTo("rendering customers.html:13 th:each=\"order : ${customer.orders}\" for CustomerController.customers");
		});
	}

	@Test
	void fixedPageIsOneStatementAndNoFinding() throws Exception {
		ScopeReport report = this.http.call("GET", "/customers/fixed");
		assertThat(report.queryCount()).isEqualTo(1);
		assertThat(report.hasFindings()).isFalse();
	}

	@Test
	void lookupInAControllerLoopIsAttributedToTheControllerLine() throws Exception {
		ScopeReport report = this.http.call("GET", "/providers/match");
		assertThat(report.nPlusOne()).singleElement()
			.extracting((finding) -> finding.callSite().toString())
			.asString()
			.matches("ProviderMatchController\\.match\\(ProviderMatchController\\.java:\\d+\\)");
	}

	@Test
	void jsonSerializationIsAttributedToTheSerializedProperty() throws Exception {
		ScopeReport report = this.http.call("GET", "/api/authors");
		assertThat(report.nPlusOne()).singleElement()
			.extracting((finding) -> finding.callSite().toString())
			.isEqualTo("writing the response at $[*].books (Author.books) for AuthorApiController.authors");
	}

	@Test
	void concurrentRequestsNeverMixTheirStatements() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<ScopeReport>> broken = new ArrayList<>();
			List<Future<ScopeReport>> fixed = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				broken.add(pool.submit(call("/customers")));
				fixed.add(pool.submit(call("/customers/fixed")));
			}
			for (Future<ScopeReport> report : broken) {
				assertThat(report.get().queryCount()).isEqualTo(1 + this.properties.customers());
				assertThat(report.get().nPlusOne()).extracting(Finding::count).containsExactly(this.properties.customers());
			}
			for (Future<ScopeReport> report : fixed) {
				assertThat(report.get().queryCount()).isEqualTo(1);
				assertThat(report.get().hasFindings()).isFalse();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Callable<ScopeReport> call(String path) {
		return () -> this.http.call("GET", path);
	}

	@Test
	void everyLinkAndFormOfTheIndexPageWorks() throws Exception {
		HttpResponse<String> index = this.http.get("/");
		assertThat(index.statusCode()).isEqualTo(200);
		List<String> targets = new ArrayList<>();
		Matcher links = Pattern.compile("<a href=\"(/[^\"]*)\"").matcher(index.body());
		while (links.find()) {
			targets.add("GET " + links.group(1));
		}
		Matcher forms = Pattern.compile("<form method=\"post\" action=\"(/[^\"]*)\"").matcher(index.body());
		while (forms.find()) {
			targets.add("POST " + forms.group(1));
		}
		assertThat(targets).hasSizeGreaterThanOrEqualTo(20);
		for (String target : targets) {
			String[] parts = target.split(" ");
			assertThat(this.http.send(parts[0], parts[1]).statusCode()).as(target).isEqualTo(200);
		}
	}

}
