package dev.n1query.demo;

import java.util.List;

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
 * With Hibernate, each broken JPA scenario's finding names the entity and association it
 * loaded per row, and its fix is the one the demo's fixed form applies.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:jpa-attribution;DB_CLOSE_DELAY=-1")
@Import(DemoHttp.ReportsConfiguration.class)
class JpaAttributionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoHttp.Reports reports;

	DemoHttp http;

	@BeforeEach
	void http() {
		this.http = new DemoHttp(this.port, this.reports);
	}

	private List<Finding> nPlusOne(String method, String path) throws Exception {
		ScopeReport report = this.http.call(method, path);
		return report.nPlusOne();
	}

	@Test
	void reverseOneToManyInATemplate() throws Exception {
		assertThat(nPlusOne("GET", "/customers")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity()).isEqualTo("Customer");
			assertThat(finding.association()).isEqualTo("orders");
			assertThat(finding.associationKind()).isEqualTo("one-to-many");
			assertThat(finding.suggestion())
				.contains("@EntityGraph(attributePaths = \"orders\") to CustomerRepository.findAllByOrderByIdAsc(), "
						+ "which loads the Customer list")
				.contains("left join fetch c.orders")
				.contains("@BatchSize(size = 50) on Customer.orders");
		});
	}

	@Test
	void manyToOnePerRow() throws Exception {
		assertThat(nPlusOne("GET", "/orders")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity()).isEqualTo("PurchaseOrder");
			assertThat(finding.association()).isEqualTo("customer");
			assertThat(finding.associationKind()).isEqualTo("many-to-one");
			assertThat(finding.suggestion()).contains("join fetch p.customer")
				.contains("PurchaseOrderRepository.findAllByOrderByIdAsc()");
		});
	}

	@Test
	void nestedJson() throws Exception {
		assertThat(nPlusOne("GET", "/api/authors")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("Author.books");
			assertThat(finding.suggestion())
				.contains("@EntityGraph(attributePaths = \"books\") to AuthorRepository.findAllByOrderByIdAsc()");
		});
	}

	@Test
	void severalRelationsPerRowAreOneLoopListingEachAssociation() throws Exception {
		assertThat(nPlusOne("GET", "/authors")).singleElement().satisfies((loop) -> {
			assertThat(loop.isLoop()).isTrue();
			assertThat(loop.count()).isEqualTo(100);
			assertThat(loop.members()).extracting((member) -> member.entity() + "." + member.association())
				.containsExactlyInAnyOrder("Author.books", "Author.profile", "Author.settings");
			// One entity graph with every association the page loaded from the authors: exactly the
			// demo's fixed form, AuthorRepository.findAllWithBooksProfileAndSettings().
			assertThat(loop.suggestion()).startsWith("this loop runs 3 statements per item")
				.contains("@EntityGraph(attributePaths = {\"books\", \"profile\", \"settings\"}) to "
						+ "AuthorRepository.findAllByOrderByIdAsc()");
		});
	}

	@Test
	void lookupByANonKeyColumn() throws Exception {
		assertThat(nPlusOne("GET", "/providers/match")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity()).isEqualTo("StreamingService");
			assertThat(finding.association()).isNull();
			assertThat(finding.suggestion()).contains("findAllByProviderIdIn(values)").contains("Map keyed by providerId");
		});
	}

	@Test
	void insertPerRow() throws Exception {
		assertThat(nPlusOne("POST", "/imports")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity()).isEqualTo("ImportLine");
			assertThat(finding.suggestion()).contains("saveAll(…)")
				.contains("hibernate.jdbc.batch_size=50")
				.contains("order_inserts=true")
				.doesNotContain("IDENTITY");
		});
	}

	@Test
	void aggregatePerRow() throws Exception {
		assertThat(nPlusOne("GET", "/authors/book-counts")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity()).isEqualTo("Book");
			assertThat(finding.suggestion()).contains("select b.author.id, count(b) from Book b group by b.author.id");
		});
	}

	@Test
	void plainJdbcKeepsTheGenericFix() throws Exception {
		assertThat(nPlusOne("GET", "/jdbc/customer-totals")).singleElement().satisfies((finding) -> {
			assertThat(finding.entity()).isNull();
			assertThat(finding.suggestion()).contains("one query for all items");
		});
	}

}
