package dev.n1query.overlay;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.n1query.core.RecordedStatement;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementType;

/**
 * Runs EXPLAIN for statements N1 recorded itself, never for SQL sent by a browser. The
 * panel gets one random, single-use token per SELECT it shows; a token is exchanged
 * once for the plan (a forged or replayed token is refused). Each token remembers the
 * report (id, method and path) it was shown in, so the panel can check the request for it
 * against that report's page token and the application's rules before redeeming it. The plan runs on the
 * DataSource the statement ran on, with the values it was bound with, in a read-only
 * transaction that is rolled back, under a query timeout.
 */
public final class ExplainService {

	private static final int MAX_TOKENS = 10_000;

	private static final int MAX_PLAN_ROWS = 500;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Ticket> tokens = new LinkedHashMap<>(256, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Ticket> eldest) {
			return size() > MAX_TOKENS;
		}

	};

	private final Function<String, DataSource> dataSources;

	private final Duration timeout;

	/**
	 * Creates the service.
	 * @param dataSources finds a DataSource by its bean name, {@code null} when unknown
	 * @param timeout the query timeout for EXPLAIN
	 */
	public ExplainService(Function<String, DataSource> dataSources, Duration timeout) {
		this.dataSources = dataSources;
		this.timeout = timeout;
	}

	/** Whether EXPLAIN is offered for the statement: a successful SELECT. */
	static boolean isExplainable(RecordedStatement statement) {
		if (!statement.success() || statement.fingerprint().type() != StatementType.SELECT) {
			return false;
		}
		String text = statement.fingerprint().text();
		return (text.startsWith("select ") || text.startsWith("with ")) && text.indexOf(';') < 0;
	}

	/**
	 * Issues a single-use token for a statement of a report.
	 * @param report the report the panel shows
	 * @param statement the statement
	 * @return the token
	 */
	public String issue(ScopeReport report, RecordedStatement statement) {
		return issue(new Ticket(report.id(), report.method(), report.path(), statement));
	}

	/**
	 * Issues a single-use token for a recorded statement outside any page.
	 * @param statement the statement
	 * @return the token
	 */
	public String issue(RecordedStatement statement) {
		return issue(new Ticket(null, null, null, statement));
	}

	private synchronized String issue(Ticket ticket) {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		this.tokens.put(token, ticket);
		return token;
	}

	/**
	 * The ticket behind a token, without redeeming it.
	 * @param token the token
	 * @return its ticket, or {@code null} when unknown or already used
	 */
	public synchronized Ticket ticket(String token) {
		return (token != null) ? this.tokens.get(token) : null;
	}

	private synchronized RecordedStatement redeem(String token) {
		Ticket ticket = (token != null) ? this.tokens.remove(token) : null;
		return (ticket != null) ? ticket.statement() : null;
	}

	/**
	 * Runs EXPLAIN for the statement behind a token.
	 * @param token the token, consumed
	 * @return the plan, or why there is none
	 */
	public Plan explain(String token) {
		RecordedStatement statement = redeem(token);
		if (statement == null) {
			return Plan.refused("Unknown or already used token: EXPLAIN runs only for statements N1 recorded.");
		}
		if (!isExplainable(statement)) {
			return Plan.refused("Only recorded SELECT statements can be explained.");
		}
		DataSource dataSource = this.dataSources.apply(statement.dataSourceName());
		if (dataSource == null) {
			return Plan.refused("DataSource '" + statement.dataSourceName() + "' is not known.");
		}
		try (Connection connection = dataSource.getConnection()) {
			return explain(connection, statement);
		}
		catch (SQLException ex) {
			return Plan.refused("EXPLAIN failed: " + ex.getMessage());
		}
	}

	private Plan explain(Connection connection, RecordedStatement statement) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		boolean readOnly = connection.isReadOnly();
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		try (PreparedStatement explain = connection.prepareStatement(explainPrefix(connection) + statement.sql())) {
			explain.setQueryTimeout((int) Math.max(1, this.timeout.toSeconds()));
			bind(explain, statement);
			List<String> lines = new ArrayList<>();
			try (ResultSet rows = explain.executeQuery()) {
				ResultSetMetaData meta = rows.getMetaData();
				while (rows.next() && lines.size() < MAX_PLAN_ROWS) {
					StringBuilder line = new StringBuilder();
					for (int column = 1; column <= meta.getColumnCount(); column++) {
						line.append((column > 1) ? " | " : "").append(rows.getString(column));
					}
					lines.add(line.toString());
				}
			}
			return Plan.of(lines);
		}
		finally {
			connection.rollback();
			connection.setReadOnly(readOnly);
			connection.setAutoCommit(autoCommit);
		}
	}

	private static String explainPrefix(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		return product.contains("oracle") ? "EXPLAIN PLAN FOR " : "EXPLAIN ";
	}

	private static void bind(PreparedStatement explain, RecordedStatement statement) throws SQLException {
		int expected = explain.getParameterMetaData().getParameterCount();
		List<Object> values = statement.explainValues();
		for (int i = 0; i < expected; i++) {
			explain.setObject(i + 1, (i < values.size()) ? values.get(i) : null);
		}
	}

	/**
	 * What a token was issued for.
	 *
	 * @param reportId the report the statement was shown in, {@code null} outside a page
	 * @param method the report's HTTP method, {@code null} for a job
	 * @param path the report's request path, {@code null} for a job
	 * @param statement the statement
	 */
	public record Ticket(String reportId, String method, String path, RecordedStatement statement) {
	}

	/**
	 * A plan or a refusal.
	 *
	 * @param lines the plan's rows, columns separated by {@code |}
	 * @param error why there is no plan, or {@code null}
	 */
	public record Plan(List<String> lines, String error) {

		static Plan of(List<String> lines) {
			return new Plan(List.copyOf(lines), null);
		}

		static Plan refused(String error) {
			return new Plan(List.of(), error);
		}

	}

}
