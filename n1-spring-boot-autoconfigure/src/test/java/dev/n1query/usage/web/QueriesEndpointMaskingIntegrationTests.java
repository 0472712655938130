package dev.n1query.usage.web;

import java.net.http.HttpResponse;
import java.util.Set;

import dev.n1query.actuate.QueriesEndpoint;
import dev.n1query.actuate.QueriesEndpoint.StatementDescriptor;
import dev.n1query.core.Hotspots;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With parameter values masked (the default, {@code n1.actuator.show-parameters=never}),
 * the endpoint hides values wherever they travel: in string-built SQL as literals, and in
 * the database's error messages. Real H2 statements, read through real HTTP.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-masking;DB_CLOSE_DELAY=-1",
				"management.endpoints.web.exposure.include=queries" })
class QueriesEndpointMaskingIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	QueryTracker tracker;

	@Autowired
	ReportHistory history;

	@Autowired
	JdbcTemplate jdbc;

	private String runStringBuiltAndFailingStatements() {
		try (QueryScope scope = this.tracker.open("string-built")) {
			this.jdbc.execute("create table if not exists member (id int primary key, name varchar(5))");
			this.jdbc.queryForObject("select count(*) from member where name = 'secret-literal' or id = 424242",
					Integer.class);
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.jdbc.update("insert into member (id, name) values (?, ?)", 1, "secret-bound"));
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.jdbc.queryForObject("select cast('secret-cast' as int)", Integer.class));
			return scope.id();
		}
	}

	@Test
	void literalsAndQuotedValuesAreMaskedWithTheParameters() throws Exception {
		String id = runStringBuiltAndFailingStatements();
		HttpResponse<String> response = Http.send(this.port, "GET", "/actuator/queries/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode statements = this.json.readTree(response.body()).path("statements");
		assertThat(statements).hasSize(4);
		assertThat(statements.get(1).path("sql").asString())
			.isEqualTo("select count(*) from member where name = ****** or id = ******");
		assertThat(statements.get(2).path("success").asBoolean()).isFalse();
		assertThat(statements.get(2).path("error").asString()).isNotBlank();
		assertThat(statements.get(3).path("error").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("secret-literal", "424242", "secret-bound", "secret-cast");
	}

	@Test
	void shownParametersShowTheTextAsRecorded() {
		String id = runStringBuiltAndFailingStatements();
		QueriesEndpoint shown = new QueriesEndpoint(this.history, new Hotspots(10), Show.ALWAYS, Set.of());
		var detail = shown.request(null, id);
		assertThat(detail).isNotNull();
		assertThat(detail.statements()).extracting(StatementDescriptor::sql)
			.anySatisfy((sql) -> assertThat(sql).contains("'secret-literal'", "424242"));
		assertThat(detail.statements()).extracting(StatementDescriptor::error)
			.anySatisfy((error) -> assertThat(error).contains("secret-bound"))
			.anySatisfy((error) -> assertThat(error).contains("secret-cast"));
	}

}
