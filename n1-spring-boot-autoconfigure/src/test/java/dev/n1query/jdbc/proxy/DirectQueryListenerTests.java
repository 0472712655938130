package dev.n1query.jdbc.proxy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.NanoTimeStopwatchFactory;
import net.ttddyy.dsproxy.proxy.ProxyConfig;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When N1's proxies tell a {@link DirectQueryListener} of executions directly, and when
 * every listener gets datasource-proxy's objects instead. (That both ways give N1's
 * listener the same statements is {@link JdbcProxyContractTests}' part.)
 */
class DirectQueryListenerTests {

	private final JdbcDataSource database = new JdbcDataSource();

	DirectQueryListenerTests() {
		this.database.setURL("jdbc:h2:mem:direct-listener;DB_CLOSE_DELAY=-1");
	}

	@Test
	void aDirectListenerAloneIsToldDirectlyWithTheValuesBound() throws SQLException {
		Direct listener = new Direct(false);
		selectTwice(nanoTimed(ProxyDataSourceBuilder.create(this.database)
			.listener(listener)
			.jdbcProxyFactory(new N1JdbcProxyFactory())
			.build()));
		assertThat(listener.events).containsExactly("direct select ? + ? [1, 2] batch=0 failure=null",
				"direct select ? + ? [1, 3] batch=0 failure=null");
	}

	@Test
	void executionsNothingUsesAreOnlyCounted() throws SQLException {
		Direct listener = new Direct(true);
		selectTwice(nanoTimed(ProxyDataSourceBuilder.create(this.database)
			.listener(listener)
			.jdbcProxyFactory(new N1JdbcProxyFactory())
			.build()));
		assertThat(listener.events).containsExactly("counted", "counted");
	}

	@Test
	void withAnotherListenerEveryListenerGetsDatasourceProxysObjects() throws SQLException {
		Direct listener = new Direct(false);
		List<String> other = new ArrayList<>();
		selectTwice(nanoTimed(ProxyDataSourceBuilder.create(this.database)
			.listener(listener)
			.listener(new JdbcProxyContractTests.Recorder(other))
			.jdbcProxyFactory(new N1JdbcProxyFactory())
			.build()));
		assertThat(listener.events).containsExactly("after select ? + ?", "after select ? + ?");
		assertThat(other).hasSize(4);
	}

	@Test
	void aListenerAddedLaterGetsStatementsCreatedAfter() throws SQLException {
		Direct listener = new Direct(false);
		DataSource dataSource = nanoTimed(ProxyDataSourceBuilder.create(this.database)
			.listener(listener)
			.jdbcProxyFactory(new N1JdbcProxyFactory())
			.build());
		List<String> other = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("select 1");
			}
			((net.ttddyy.dsproxy.proxy.ProxyJdbcObject) connection).getProxyConfig()
				.getQueryListener()
				.addListener(new JdbcProxyContractTests.Recorder(other));
			try (Statement statement = connection.createStatement()) {
				statement.execute("select 2");
			}
		}
		assertThat(listener.events).containsExactly("direct select 1 [] batch=0 failure=null", "after select 2");
		assertThat(other).hasSize(2);
	}

	@Test
	void automaticallyRetrievedKeysNeedDatasourceProxysObjects() throws SQLException {
		Direct listener = new Direct(false);
		selectTwice(nanoTimed(ProxyDataSourceBuilder.create(this.database)
			.listener(listener)
			.autoRetrieveGeneratedKeys(false)
			.jdbcProxyFactory(new N1JdbcProxyFactory())
			.build()));
		assertThat(listener.events).containsExactly("after select ? + ?", "after select ? + ?");
	}

	@Test
	void aStopwatchCountingMillisecondsNeedsDatasourceProxysObjects() throws SQLException {
		Direct listener = new Direct(false);
		selectTwice(ProxyDataSourceBuilder.create(this.database)
			.listener(listener)
			.jdbcProxyFactory(new N1JdbcProxyFactory())
			.build());
		assertThat(listener.events).containsExactly("after select ? + ?", "after select ? + ?");
	}

	@Test
	void batchesAndFailuresAreToldDirectly() throws SQLException {
		Direct listener = new Direct(false);
		DataSource dataSource = nanoTimed(ProxyDataSourceBuilder.create(this.database)
			.listener(listener)
			.jdbcProxyFactory(new N1JdbcProxyFactory())
			.build());
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.addBatch("create table if not exists direct_batch (id int)");
			statement.addBatch("insert into direct_batch values (1)");
			statement.executeBatch();
			statement.clearBatch();
			statement.executeBatch(); // empty: not reported, as datasource-proxy's listeners are not told
			try (PreparedStatement insert = connection.prepareStatement("insert into direct_batch values (?)")) {
				insert.setInt(1, 5);
				insert.addBatch();
				insert.setInt(1, 6);
				insert.addBatch();
				insert.executeBatch();
				insert.executeBatch(); // empty: reported, as with datasource-proxy's listeners
			}
			try {
				statement.executeQuery("select * from no_such_table");
			}
			catch (SQLException expected) {
				// reported below
			}
		}
		assertThat(listener.events).containsExactly(
				"direct create table if not exists direct_batch (id int) [] batch=2 failure=null",
				"direct insert into direct_batch values (?) [5] batch=2 failure=null",
				"direct insert into direct_batch values (?) [] batch=0 failure=null",
				"direct select * from no_such_table [] batch=0 failure=JdbcSQLSyntaxErrorException");
	}

	/** The data source with the stopwatch N1 uses (datasource-proxy's builder cannot set it). */
	static DataSource nanoTimed(ProxyDataSource dataSource) {
		dataSource.setProxyConfig(ProxyConfig.Builder.from(dataSource.getProxyConfig())
			.stopwatchFactory(new NanoTimeStopwatchFactory())
			.build());
		return dataSource;
	}

	private static void selectTwice(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement select = connection.prepareStatement("select ? + ?")) {
			select.setInt(1, 1);
			select.setInt(2, 2);
			select.executeQuery().close();
			select.setInt(2, 3);
			select.executeQuery().close();
		}
	}

	/**
	 * Notes how it was told of each execution. Implements the callback without the end time,
	 * as listeners written before it was added do: they are still told.
	 */
	private static final class Direct implements DirectQueryListener {

		private final boolean unused;

		final List<String> events = new ArrayList<>();

		Direct(boolean unused) {
			this.unused = unused;
		}

		@Override
		public boolean countIfUnused() {
			if (this.unused) {
				this.events.add("counted");
			}
			return this.unused;
		}

		@Override
		public void afterExecution(String sql, List<Object> parameters, long elapsedNanos, int batchSize,
				Object result, Throwable failure, String dataSourceName) {
			this.events.add("direct " + sql + " " + parameters + " batch=" + batchSize + " failure="
					+ ((failure != null) ? failure.getClass().getSimpleName() : null));
		}

		@Override
		public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		}

		@Override
		public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			this.events.add("after " + (queryInfoList.isEmpty() ? "nothing" : queryInfoList.get(0).getQuery()));
		}

	}

}
