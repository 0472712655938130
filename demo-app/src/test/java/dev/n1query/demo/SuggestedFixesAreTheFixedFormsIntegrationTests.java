package dev.n1query.demo;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.n1query.core.Finding;
import dev.n1query.core.ScopeReport;
import dev.n1query.demo.library.AuthorRepository;
import dev.n1query.demo.shop.CustomerRepository;
import dev.n1query.demo.shop.PurchaseOrderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixes N1 suggests for the demo's JPA scenarios, applied as written: each fixed form
 * carries exactly the suggested annotation or fetch join (read from its repository method), and
 * runs fewer statements than the broken form, answering 200 with no finding; where both forms
 * write the same JSON, the body is the same.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:suggested-fixes;DB_CLOSE_DELAY=-1")
@Import(DemoHttp.ReportsConfiguration.class)
class SuggestedFixesAreTheFixedFormsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	DemoHttp http;

	@BeforeEach
	void http() {
		this.http = new DemoHttp(this.port, this.reports);
	}

	private static String entityGraphOf(Class<?> repository, String method) throws Exception {
		String[] paths = repository.getMethod(method).getAnnotation(EntityGraph.class).attributePaths();
		String rendered = (paths.length == 1) ? "\"" + paths[0] + "\""
				: Arrays.stream(paths).map((path) -> "\"" + path + "\"").collect(Collectors.joining(", ", "{", "}"));
		return "@EntityGraph(attributePaths = " + rendered + ")";
	}

	private Finding onlyNPlusOne(String path) throws Exception {
		ScopeReport broken = this.http.call("GET", path);
		assertThat(broken.nPlusOne()).hasSize(1);
		return broken.nPlusOne().get(0);
	}

	private void assertFixedRunsFewerStatements(String broken, String fixed) throws Exception {
		ScopeReport brokenReport = this.http.call("GET", broken);
		ScopeReport fixedReport = this.http.call("GET", fixed); // fails unless 200
		assertThat(fixedReport.queryCount()).isLessThan(brokenReport.queryCount());
		assertThat(fixedReport.hasFindings()).isFalse();
	}

	@Test
	void entityGraphForTheCustomersOrders() throws Exception {
		assertThat(onlyNPlusOne("/customers").suggestion())
			.contains(entityGraphOf(CustomerRepository.class, "findAllWithOrders") + " to "
					+ "CustomerRepository.findAllByOrderByIdAsc()");
		assertFixedRunsFewerStatements("/customers", "/customers/fixed");
	}

	@Test
	void joinFetchForTheOrdersCustomer() throws Exception {
		String query = PurchaseOrderRepository.class.getMethod("findAllWithCustomer").getAnnotation(Query.class).value();
		assertThat(query).contains("join fetch o.customer");
		// The same fetch join, under the alias the suggestion gives the entity.
		assertThat(onlyNPlusOne("/orders").suggestion())
			.contains("\"join fetch p.customer\" to the JPQL query of PurchaseOrderRepository.findAllByOrderByIdAsc()");
		assertFixedRunsFewerStatements("/orders", "/orders/fixed");
	}

	@Test
	void entityGraphForTheAuthorsBooksInJson() throws Exception {
		assertThat(onlyNPlusOne("/api/authors").suggestion())
			.contains(entityGraphOf(AuthorRepository.class, "findAllWithBooks") + " to "
					+ "AuthorRepository.findAllByOrderByIdAsc()");
		HttpResponse<String> broken = this.http.get("/api/authors");
		HttpResponse<String> fixed = this.http.get("/api/authors/fixed");
		assertThat(fixed.statusCode()).isEqualTo(200);
		assertThat(fixed.body()).isEqualTo(broken.body());
		assertFixedRunsFewerStatements("/api/authors", "/api/authors/fixed");
	}

	@Test
	void oneEntityGraphForEveryRelationOfTheAuthorsPage() throws Exception {
		assertThat(onlyNPlusOne("/authors").suggestion())
			.contains(entityGraphOf(AuthorRepository.class, "findAllWithBooksProfileAndSettings") + " to "
					+ "AuthorRepository.findAllByOrderByIdAsc()");
		assertFixedRunsFewerStatements("/authors", "/authors/fixed");
	}

}
