package dev.n1query.jdbc.proxy;

import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.RecordedStatement;
import dev.n1query.jdbc.N1QueryListener;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.proxy.ProxyJdbcObject;
import net.ttddyy.dsproxy.proxy.jdk.JdkJdbcProxyFactory;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link N1JdbcProxyFactory}: every scenario runs through
 * datasource-proxy's stock {@link JdkJdbcProxyFactory} and through N1's, and what the
 * application sees (results, exceptions, identities) and what the listeners see (every
 * {@link ExecutionInfo} and {@link QueryInfo} field) must be the same, event for event.
 * Each database runs it in a subclass.
 */
abstract class JdbcProxyContractTests {

	/** The database, unproxied. */
	abstract DataSource database();

	/** Column definition of a generated bigint primary key. */
	abstract String generatedKeyColumn();

	/** Creates what {@link #callFunction} calls, if anything. */
	void createFunction(Statement statement) throws SQLException {
	}

	/** SQL calling a function with one int parameter, for a CallableStatement. */
	abstract String callSql();

	/** Calls {@link #callSql()}, noting what it returns. */
	abstract void callFunction(Connection connection, List<String> observed) throws SQLException;

	/** Calls {@link #callSql()} in the {? = call f(?)} form, with an out parameter. */
	void callWithOutParameter(Connection connection, List<String> observed) throws SQLException {
		try (CallableStatement call = connection.prepareCall(callSql())) {
			call.registerOutParameter(1, Types.INTEGER);
			call.setInt(2, 21);
			observed.add("execute " + call.execute());
			observed.add("out " + call.getInt(1));
			call.setInt(2, 4);
			attempt(observed, call::executeUpdate);
			attempt(observed, () -> call.getInt(1));
		}
	}

	@BeforeEach
	void createTables() throws SQLException {
		try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists n1c_customer");
			statement.execute("drop table if exists n1c_item");
			statement.execute("create table n1c_customer (id int primary key, name varchar(50))");
			statement.execute("create table n1c_item (id " + generatedKeyColumn() + ", name varchar(50))");
			createFunction(statement);
		}
	}

	@Test
	void statementExecutionsAreTheSame() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				observed.add("execute " + statement.execute("insert into n1c_customer values (1, 'Ann')"));
				observed.add("update " + statement.executeUpdate("insert into n1c_customer values (2, 'Bob')"));
				attempt(observed, () -> statement.executeLargeUpdate("insert into n1c_customer values (3, 'Cy')"));
				try (ResultSet rows = statement.executeQuery("select name from n1c_customer order by id")) {
					observed.add("rows " + names(rows));
				}
				observed.add("execute query " + statement.execute("select count(*) from n1c_customer"));
				try (ResultSet rows = statement.getResultSet()) {
					rows.next();
					observed.add("count " + rows.getInt(1));
				}
				observed.add("more " + statement.getMoreResults() + " " + statement.getUpdateCount());
			}
		});
	}

	@Test
	void generatedKeysRequestedPerCallAreTheSame() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				String insert = "insert into n1c_item (name) values ('a')";
				attempt(observed, () -> statement.execute(insert, Statement.RETURN_GENERATED_KEYS));
				observed.add("keys " + keys(statement.getGeneratedKeys()));
				attempt(observed, () -> statement.executeUpdate(insert, Statement.NO_GENERATED_KEYS));
				attempt(observed, () -> statement.executeUpdate(insert, new String[] { "id" }));
				observed.add("keys " + keys(statement.getGeneratedKeys()));
				attempt(observed, () -> statement.executeUpdate(insert, new int[] { 1 }));
				attempt(observed, () -> statement.execute(insert, new String[] { "id" }));
				attempt(observed, () -> statement.execute(insert, new int[] { 1 }));
				attempt(observed, () -> statement.executeLargeUpdate(insert, Statement.RETURN_GENERATED_KEYS));
				attempt(observed, () -> statement.executeLargeUpdate(insert, new String[] { "id" }));
				attempt(observed, () -> statement.executeLargeUpdate(insert, new int[] { 1 }));
				attempt(observed, () -> statement.executeUpdate(insert, Statement.RETURN_GENERATED_KEYS));
				observed.add("keys " + keys(statement.getGeneratedKeys()));
			}
		});
	}

	@Test
	void preparedExecutionsAndTheirParametersAreTheSame() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection()) {
				try (PreparedStatement insert = connection.prepareStatement("insert into n1c_customer values (?, ?)")) {
					insert.setInt(1, 1);
					insert.setString(2, "Ann");
					observed.add("update " + insert.executeUpdate());
					insert.setString(2, "Bob");
					insert.setInt(1, 2);
					insert.setInt(1, 3);
					observed.add("execute " + insert.execute());
					insert.clearParameters();
					insert.setInt(1, 4);
					insert.setNull(2, Types.VARCHAR);
					attempt(observed, insert::executeLargeUpdate);
					insert.setObject(1, 5);
					insert.setObject(2, "Eve", Types.VARCHAR);
					attempt(observed, insert::executeLargeUpdate);
				}
				try (PreparedStatement select = connection
					.prepareStatement("select name from n1c_customer where id > ? order by id")) {
					select.setLong(1, 1L);
					try (ResultSet rows = select.executeQuery()) {
						observed.add("rows " + names(rows));
					}
					observed.add("execute " + select.execute());
					try (ResultSet rows = select.getResultSet()) {
						observed.add("rows " + names(rows));
					}
				}
			}
		});
	}

	@Test
	void batchesAreTheSame() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.addBatch("insert into n1c_customer values (1, 'Ann')");
					statement.addBatch("insert into n1c_customer values (2, 'Bob')");
					observed.add("batch " + Arrays.toString(statement.executeBatch()));
					statement.addBatch("insert into n1c_customer values (3, 'Cy')");
					statement.clearBatch();
					observed.add("empty batch " + Arrays.toString(statement.executeBatch()));
					statement.addBatch("insert into n1c_customer values (3, 'Cy')");
					attempt(observed, () -> Arrays.toString(statement.executeLargeBatch()));
				}
				try (PreparedStatement insert = connection.prepareStatement("insert into n1c_customer values (?, ?)")) {
					for (int id = 10; id < 13; id++) {
						insert.setInt(1, id);
						insert.setString(2, "Customer " + id);
						insert.addBatch();
					}
					observed.add("prepared batch " + Arrays.toString(insert.executeBatch()));
					insert.setInt(1, 20);
					insert.setString(2, "Dropped");
					insert.addBatch();
					insert.clearBatch();
					insert.setInt(1, 21);
					insert.setString(2, "Kept");
					insert.addBatch();
					attempt(observed, () -> Arrays.toString(insert.executeLargeBatch()));
				}
				try (PreparedStatement insert = connection.prepareStatement("insert into n1c_item (name) values (?)",
						Statement.RETURN_GENERATED_KEYS)) {
					insert.setString(1, "a");
					insert.addBatch();
					insert.setString(1, "b");
					insert.addBatch();
					observed.add("keyed batch " + Arrays.toString(insert.executeBatch()));
					observed.add("keys " + keys(insert.getGeneratedKeys()));
				}
			}
		});
	}

	@Test
	void callableStatementsAreTheSame() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection()) {
				callFunction(connection, observed);
			}
		});
	}

	@Test
	void generatedKeysOfPreparedStatementsAreTheSameWithAnyRetrieval() {
		Scenario scenario = (dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection()) {
				try (PreparedStatement insert = connection.prepareStatement("insert into n1c_item (name) values (?)",
						Statement.RETURN_GENERATED_KEYS)) {
					insert.setString(1, "a");
					observed.add("update " + insert.executeUpdate());
					attempt(observed, () -> keys(insert.getGeneratedKeys()));
					insert.setString(1, "b");
					observed.add("execute " + insert.execute());
					attempt(observed, () -> {
						ResultSet keys = insert.getGeneratedKeys();
						return (keys == insert.getGeneratedKeys()) + " " + keys(keys);
					});
				}
				try (PreparedStatement insert = connection.prepareStatement("insert into n1c_item (name) values (?)",
						new String[] { "id" })) {
					insert.setString(1, "c");
					observed.add("update " + insert.executeUpdate());
					attempt(observed, () -> keys(insert.getGeneratedKeys()));
				}
				try (PreparedStatement insert = connection.prepareStatement("insert into n1c_item (name) values (?)")) {
					insert.setString(1, "d");
					observed.add("update " + insert.executeUpdate());
				}
			}
		};
		assertSameThroughBothFactories(scenario);
		assertSameThroughBothFactories((builder) -> builder.autoRetrieveGeneratedKeys(false), scenario);
		assertSameThroughBothFactories((builder) -> builder.autoRetrieveGeneratedKeys(true), scenario);
		assertSameThroughBothFactories((builder) -> builder.autoRetrieveGeneratedKeys(false).proxyGeneratedKeys(),
				scenario);
		assertSameThroughBothFactories(
				(builder) -> builder.autoRetrieveGeneratedKeys(false).retrieveGeneratedKeysForBatch(true, false),
				scenario);
	}

	@Test
	void failuresAreTheSameAndPassedThroughUnchanged() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					attempt(observed, () -> statement.execute("select * from n1c_missing"));
					attempt(observed, () -> statement.executeQuery("select nothing from"));
					statement.execute("insert into n1c_customer values (1, 'Ann')");
					statement.addBatch("insert into n1c_customer values (2, 'Bob')");
					statement.addBatch("insert into n1c_customer values (1, 'Again')");
					attempt(observed, statement::executeBatch);
				}
				try (PreparedStatement insert = connection.prepareStatement("insert into n1c_customer values (?, ?)")) {
					insert.setInt(1, 1);
					insert.setString(2, "Duplicate");
					attempt(observed, insert::executeUpdate);
					attempt(observed, insert::executeQuery);
				}
			}
		});
	}

	@Test
	void exceptionsReachTheApplicationAndTheListenerUnchanged() throws SQLException {
		for (JdbcProxyFactory factory : factories()) {
			List<Throwable> seen = new ArrayList<>();
			DataSource dataSource = ProxyDataSourceBuilder.create(database())
				.jdbcProxyFactory(factory)
				.afterQuery((execution, queries) -> seen.add(execution.getThrowable()))
				.build();
			SQLException direct = null;
			try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("select * from n1c_missing");
			}
			catch (SQLException ex) {
				direct = ex;
			}
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("select * from n1c_missing");
			}
			catch (SQLException ex) {
				assertThat((Throwable) ex).isSameAs(seen.get(0));
				assertThat(ex.getClass()).isEqualTo(direct.getClass());
				assertThat(ex.getSQLState()).isEqualTo(direct.getSQLState());
				assertThat(ex.getErrorCode()).isEqualTo(direct.getErrorCode());
			}
			assertThat(seen).hasSize(1).doesNotContainNull();
		}
	}

	@Test
	void wrappersAndIdentitiesAreTheSame() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection()) {
				Object rawConnection = ((ProxyJdbcObject) connection).getTarget();
				observed.add("unwrap connection " + (connection.unwrap(Connection.class) == rawConnection));
				observed.add("connection wraps " + connection.isWrapperFor(Connection.class) + " "
						+ connection.isWrapperFor(ProxyJdbcObject.class));
				observed.add("connection equals " + connection.equals(connection) + " " + connection.equals(rawConnection)
						+ " " + (connection.hashCode() == rawConnection.hashCode()));
				observed.add("connection describes " + connection.toString()
					.equals(rawConnection.getClass().getSimpleName() + " [" + rawConnection + "]"));
				try (Statement statement = connection.createStatement();
						PreparedStatement prepared = connection.prepareStatement("select id from n1c_customer");
						CallableStatement callable = connection.prepareCall(callSql())) {
					for (Statement each : List.of(statement, prepared, callable)) {
						Object raw = ((ProxyJdbcObject) each).getTarget();
						observed.add(kind(each) + " of connection " + (each.getConnection() == connection));
						observed.add(kind(each) + " unwraps " + (each.unwrap(Statement.class) == raw) + " "
								+ each.isWrapperFor(Statement.class) + " " + each.isWrapperFor(ProxyJdbcObject.class));
						observed.add(kind(each) + " equals " + each.equals(each) + " " + each.equals(raw) + " "
								+ (each.hashCode() == raw.hashCode()) + " "
								+ each.toString().equals(raw.getClass().getSimpleName() + " [" + raw + "]"));
					}
					try (ResultSet rows = statement.executeQuery("select id from n1c_customer")) {
						observed.add("result set " + kind(rows) + " of raw statement "
								+ (rows.getStatement() == ((ProxyJdbcObject) statement).getTarget()));
					}
					try (ResultSet rows = prepared.executeQuery()) {
						observed.add("result set " + kind(rows) + " of raw statement "
								+ (rows.getStatement() == ((ProxyJdbcObject) prepared).getTarget()));
					}
				}
			}
		});
	}

	@Test
	void closingTwiceIsTheSame() {
		assertSameThroughBothFactories((dataSource, observed) -> {
			Connection connection = dataSource.getConnection();
			Statement statement = connection.createStatement();
			PreparedStatement prepared = connection.prepareStatement("select id from n1c_customer");
			ResultSet rows = prepared.executeQuery();
			rows.close();
			rows.close();
			statement.close();
			statement.close();
			prepared.close();
			prepared.close();
			observed.add("closed " + rows.isClosed() + " " + statement.isClosed() + " " + prepared.isClosed());
			connection.close();
			connection.close();
			observed.add("connection closed " + connection.isClosed());
		});
	}

	@Test
	void resultSetProxiesAreTheSameWhenConfigured() {
		assertSameThroughBothFactories(ProxyDataSourceBuilder::proxyResultSet, (dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("insert into n1c_customer values (1, 'Ann')");
				try (ResultSet rows = statement.executeQuery("select name from n1c_customer")) {
					observed.add(kind(rows) + " " + names(rows));
				}
				statement.execute("select name from n1c_customer");
				try (ResultSet rows = statement.getResultSet()) {
					observed.add(kind(rows) + " " + names(rows));
				}
			}
		});
	}

	@Test
	void isolationLevelsAreTheSameWhenRetrieved() {
		assertSameThroughBothFactories(ProxyDataSourceBuilder::retrieveIsolation, (dataSource, observed) -> {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("select id from n1c_customer");
				}
				connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
				try (PreparedStatement statement = connection.prepareStatement("select id from n1c_customer")) {
					statement.execute();
				}
			}
		});
	}

	@Test
	void methodListenersAndTransformersGetDatasourceProxysOwnProxies() {
		List<String> methods = new ArrayList<>();
		MethodExecutionListener methodListener = new MethodExecutionListener() {

			@Override
			public void beforeMethod(MethodExecutionContext context) {
				methods.add("before " + context.getMethod().getName());
			}

			@Override
			public void afterMethod(MethodExecutionContext context) {
				methods.add("after " + context.getMethod().getName());
			}

		};
		Scenario scenario = (dataSource, observed) -> {
			methods.clear();
			try (Connection connection = dataSource.getConnection();
					PreparedStatement statement = connection.prepareStatement("select id from n1c_customer where id = ?")) {
				observed.add("proxy class " + Proxy.isProxyClass(connection.getClass()) + " "
						+ Proxy.isProxyClass(statement.getClass()));
				statement.setInt(1, 1);
				statement.executeQuery().close();
			}
			observed.addAll(methods);
		};
		assertSameThroughBothFactories((builder) -> builder.methodListener(methodListener), scenario);
		assertSameThroughBothFactories(
				(builder) -> builder.queryTransformer((transform) -> transform.getQuery() + " order by id"), scenario);
	}

	@Test
	void dataSourceProxiesAreTheSame() throws Exception {
		Scenario scenario = (dataSource, observed) -> {
			observed.add("data source " + kind(dataSource) + " "
					+ (((ProxyJdbcObject) dataSource).getTarget() == database()) + " "
					+ (dataSource.unwrap(DataSource.class) == database().unwrap(DataSource.class)));
			try (Connection connection = dataSource.getConnection();
					PreparedStatement statement = connection.prepareStatement("select id from n1c_customer where id = ?")) {
				statement.setInt(1, 1);
				statement.executeQuery().close();
			}
		};
		List<String> jdk = run(new JdkJdbcProxyFactory(), (builder) -> {
		}, true, scenario);
		List<String> n1 = run(new N1JdbcProxyFactory(), (builder) -> {
		}, true, scenario);
		assertThat(jdk).hasSizeGreaterThan(2);
		assertThat(n1).containsExactlyElementsOf(jdk);
	}

	// ---- running a scenario through both factories

	/** What an application does with a DataSource, noting what it sees. */
	@FunctionalInterface
	interface Scenario {

		void run(DataSource dataSource, List<String> observed) throws Exception;

	}

	@FunctionalInterface
	interface Call {

		Object call() throws Exception;

	}

	private void assertSameThroughBothFactories(Scenario scenario) {
		assertSameThroughBothFactories((builder) -> {
		}, scenario);
	}

	private void assertSameThroughBothFactories(Consumer<ProxyDataSourceBuilder> configuration, Scenario scenario) {
		try {
			List<String> jdk = run(new JdkJdbcProxyFactory(), configuration, false, scenario);
			createTables();
			List<String> n1 = run(new N1JdbcProxyFactory(), configuration, false, scenario);
			createTables();
			assertThat(jdk).anyMatch((line) -> line.startsWith("after "));
			assertThat(n1).containsExactlyElementsOf(jdk);
			assertN1RecordsTheSameThroughBothFactories(configuration, scenario);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * N1's own listener alone is told of executions directly by N1's proxies, and through
	 * datasource-proxy's listener objects by the JDK ones: the statements it records in an
	 * open scope, and those it only counts with no scope open, must be the same.
	 */
	private void assertN1RecordsTheSameThroughBothFactories(Consumer<ProxyDataSourceBuilder> configuration,
			Scenario scenario) throws Exception {
		List<String> jdk = recordedByN1(new JdkJdbcProxyFactory(), configuration, scenario, true);
		createTables();
		List<String> n1 = recordedByN1(new N1JdbcProxyFactory(), configuration, scenario, true);
		createTables();
		assertThat(jdk).anyMatch((line) -> line.startsWith("sql="));
		assertThat(n1).containsExactlyElementsOf(jdk);
		List<String> jdkUnscoped = recordedByN1(new JdkJdbcProxyFactory(), configuration, scenario, false);
		createTables();
		List<String> n1Unscoped = recordedByN1(new N1JdbcProxyFactory(), configuration, scenario, false);
		createTables();
		assertThat(n1Unscoped).containsExactlyElementsOf(jdkUnscoped);
	}

	private List<String> recordedByN1(JdbcProxyFactory factory, Consumer<ProxyDataSourceBuilder> configuration,
			Scenario scenario, boolean inScope) throws Exception {
		QueryTracker tracker = new QueryTracker();
		N1QueryListener listener = new N1QueryListener(() -> tracker);
		ProxyDataSourceBuilder builder = ProxyDataSourceBuilder.create(database())
			.name("contract")
			.listener(listener)
			.jdbcProxyFactory(factory);
		configuration.accept(builder);
		DataSource dataSource = DirectQueryListenerTests.nanoTimed(builder.build());
		List<String> recorded = new ArrayList<>();
		if (!inScope) {
			scenario.run(dataSource, new ArrayList<>());
			recorded.add("unscoped " + tracker.unscopedStatements());
			return recorded;
		}
		QueryScope scope = tracker.open("contract");
		try {
			scenario.run(dataSource, new ArrayList<>());
		}
		finally {
			scope.close();
		}
		for (RecordedStatement statement : scope.report().statements()) {
			recorded.add("sql=" + statement.sql() + " parameters=" + statement.parameters() + " batch="
					+ statement.batchSize() + " rows=" + statement.rows() + " success=" + statement.success()
					+ " error=" + withoutConnectionId(statement.error()) + " dataSource="
					+ statement.dataSourceName());
		}
		recorded.add("unscoped " + tracker.unscopedStatements());
		return recorded;
	}

	private List<String> run(JdbcProxyFactory factory, Consumer<ProxyDataSourceBuilder> configuration,
			boolean proxyDataSource, Scenario scenario) throws Exception {
		List<String> observed = new ArrayList<>();
		ProxyDataSourceBuilder builder = ProxyDataSourceBuilder.create(database())
			.name("contract")
			.listener(new Recorder(observed))
			.jdbcProxyFactory(factory);
		configuration.accept(builder);
		scenario.run(proxyDataSource ? builder.buildProxy() : builder.build(), observed);
		return observed;
	}

	private static List<JdbcProxyFactory> factories() {
		return List.of(new JdkJdbcProxyFactory(), new N1JdbcProxyFactory());
	}

	/** Notes the result of the call, or the exception it threw. */
	private static void attempt(List<String> observed, Call call) {
		try {
			Object result = call.call();
			observed.add("returned " + value(result));
		}
		catch (Exception ex) {
			observed.add("threw " + failure(ex));
		}
	}

	private static String names(ResultSet rows) throws SQLException {
		List<String> names = new ArrayList<>();
		while (rows.next()) {
			names.add(rows.getString(1));
		}
		return names.toString();
	}

	private static String keys(ResultSet keys) throws SQLException {
		if (keys == null) {
			return "none";
		}
		String kind = kind(keys);
		List<Long> values = new ArrayList<>();
		while (keys.next()) {
			values.add(keys.getLong(1));
		}
		return kind + " " + values.size() + " keys";
	}

	/** Every field of an execution a listener sees. */
	static final class Recorder implements QueryExecutionListener {

		private final List<String> events;

		Recorder(List<String> events) {
			this.events = events;
		}

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			this.events.add(describe("before", execution, queries));
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			this.events.add(describe("after", execution, queries));
		}

		private static String describe(String phase, ExecutionInfo execution, List<QueryInfo> queries) {
			StringBuilder line = new StringBuilder(phase);
			line.append(" method=").append(execution.getMethod());
			line.append(" args=").append(Arrays.deepToString(execution.getMethodArgs()));
			line.append(" type=").append(execution.getStatementType());
			line.append(" batch=").append(execution.isBatch()).append('/').append(execution.getBatchSize());
			line.append(" dataSource=").append(execution.getDataSourceName());
			line.append(" connection=").append(execution.getConnectionId());
			line.append(" isolation=").append(execution.getIsolationLevel());
			line.append(" statement=").append(kind(execution.getStatement()));
			line.append(" success=").append(execution.isSuccess());
			line.append(" result=").append(value(execution.getResult()));
			line.append(" throwable=").append(failure(execution.getThrowable()));
			line.append(" generatedKeys=").append(kind(execution.getGeneratedKeys()));
			line.append(" timed=").append(execution.getElapsedTime() >= 0);
			for (QueryInfo query : queries) {
				line.append(" query=").append(query.getQuery());
				for (List<ParameterSetOperation> parameters : query.getParametersList()) {
					line.append(" parameters=[");
					for (ParameterSetOperation parameter : parameters) {
						line.append(parameter.getMethod()).append(Arrays.deepToString(parameter.getArgs())).append(';');
					}
					line.append(']');
				}
			}
			return line.toString();
		}

	}

	static String kind(Object jdbcObject) {
		if (jdbcObject == null) {
			return "null";
		}
		String proxy = (jdbcObject instanceof ProxyJdbcObject) ? "proxy " : "raw ";
		for (Class<?> type : List.of(CallableStatement.class, PreparedStatement.class, Statement.class,
				ResultSet.class, Connection.class, DataSource.class)) {
			if (type.isInstance(jdbcObject)) {
				return proxy + type.getSimpleName();
			}
		}
		return proxy + "object";
	}

	private static String value(Object result) {
		if (result instanceof int[] counts) {
			return Arrays.toString(counts);
		}
		if (result instanceof long[] counts) {
			return Arrays.toString(counts);
		}
		if (result instanceof ResultSet) {
			return kind(result);
		}
		return String.valueOf(result);
	}

	private static String failure(Throwable failure) {
		if (failure == null) {
			return "none";
		}
		String state = (failure instanceof SQLException ex) ? " [" + ex.getSQLState() + "/" + ex.getErrorCode() + "]"
				: "";
		return failure.getClass().getName() + state + ": " + withoutConnectionId(failure.getMessage());
	}

	// MariaDB's messages name the server's connection id, different for each connection.
	private static String withoutConnectionId(String message) {
		return String.valueOf(message).replaceAll("\\(conn=\\d+\\) ", "");
	}

}
