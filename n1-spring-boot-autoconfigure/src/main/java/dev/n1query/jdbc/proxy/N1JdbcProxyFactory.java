package dev.n1query.jdbc.proxy;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ConnectionInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.NanoTimeStopwatchFactory;
import net.ttddyy.dsproxy.proxy.ProxyConfig;
import net.ttddyy.dsproxy.proxy.SystemStopwatchFactory;
import net.ttddyy.dsproxy.proxy.jdk.JdkJdbcProxyFactory;
import net.ttddyy.dsproxy.transform.NoOpParameterTransformer;
import net.ttddyy.dsproxy.transform.NoOpQueryTransformer;

/**
 * A datasource-proxy {@link JdbcProxyFactory} whose proxies are plain delegating classes:
 * they call the target directly, with no {@code java.lang.reflect.Proxy}, no
 * {@code Method.invoke} and no argument arrays but those the listener API hands out. The
 * query listeners get what datasource-proxy's own JDK proxies give them, except that a
 * {@link DirectQueryListener} alone is told of executions directly.
 * <p>
 * It serves configurations without method listeners, query or parameter transformers and
 * with the nano-time or system stopwatch (N1's, and datasource-proxy's defaults); for any
 * other it hands out datasource-proxy's JDK proxies, so every datasource-proxy feature
 * keeps working. Result sets, proxied only when configured, are always the JDK ones.
 * Use it with {@code ProxyDataSourceBuilder.create(dataSource).jdbcProxyFactory(new
 * N1JdbcProxyFactory())}.
 */
public class N1JdbcProxyFactory implements JdbcProxyFactory {

	private static final JdbcProxyFactory JDK = new JdkJdbcProxyFactory();

	/**
	 * Whether this factory's own proxies serve the configuration (otherwise it hands out
	 * datasource-proxy's JDK proxies).
	 * @param config the configuration
	 * @return whether the proxies are N1's delegating classes
	 */
	public static boolean serves(ProxyConfig config) {
		Class<?> stopwatch = config.getStopwatchFactory().getClass();
		return config.getMethodListener().getListeners().isEmpty()
				&& config.getQueryTransformer().getClass() == NoOpQueryTransformer.class
				&& config.getParameterTransformer().getClass() == NoOpParameterTransformer.class
				&& (stopwatch == NanoTimeStopwatchFactory.class || stopwatch == SystemStopwatchFactory.class);
	}

	/**
	 * The listener N1's statements tell about executions directly: the configuration's
	 * only query listener, when it is a {@link DirectQueryListener}, the stopwatch counts
	 * nanoseconds and generated keys are not retrieved automatically (only other listeners
	 * would read them). Asked as each statement is created, so a listener added to the
	 * configuration later gets every statement created after.
	 * @param config the configuration
	 * @return the listener, or {@code null} when every listener gets datasource-proxy's
	 * objects
	 */
	static DirectQueryListener directListener(ProxyConfig config) {
		List<QueryExecutionListener> listeners = config.getQueryListener().getListeners();
		return (listeners.size() == 1 && listeners.get(0) instanceof DirectQueryListener direct
				&& config.getStopwatchFactory() instanceof NanoTimeStopwatchFactory
				&& !config.isAutoRetrieveGeneratedKeys()) ? direct : null;
	}

	/**
	 * Wraps a connection just taken from a DataSource, as datasource-proxy's
	 * {@code ProxyDataSource} and DataSource proxies do: with a new connection id, the
	 * data source name and, when configured, the isolation level, through the
	 * configuration's factory.
	 * @param connection the connection
	 * @param config the configuration
	 * @return the proxy connection
	 * @throws SQLException when the isolation level cannot be read
	 */
	public static Connection proxyConnection(Connection connection, ProxyConfig config) throws SQLException {
		ConnectionInfo connectionInfo;
		if (config.getConnectionIdManager() instanceof SequentialConnectionIds ids) {
			connectionInfo = ids.nextConnectionInfo();
		}
		else {
			connectionInfo = new ConnectionInfo();
			connectionInfo.setConnectionId(config.getConnectionIdManager().getId(connection));
		}
		connectionInfo.setDataSourceName(config.getDataSourceName());
		if (config.isRetrieveIsolationLevel()) {
			connectionInfo.setIsolationLevel(connection.getTransactionIsolation());
		}
		return config.getJdbcProxyFactory().createConnection(connection, connectionInfo, config);
	}

	@Override
	public DataSource createDataSource(DataSource dataSource, ProxyConfig proxyConfig) {
		return serves(proxyConfig) ? new DataSourceProxy(dataSource, proxyConfig)
				: JDK.createDataSource(dataSource, proxyConfig);
	}

	@Override
	public Connection createConnection(Connection connection, ConnectionInfo connectionInfo, ProxyConfig proxyConfig) {
		return serves(proxyConfig) ? new ConnectionProxy(connection, connectionInfo, proxyConfig)
				: JDK.createConnection(connection, connectionInfo, proxyConfig);
	}

	@Override
	public Statement createStatement(Statement statement, ConnectionInfo connectionInfo, Connection proxyConnection,
			ProxyConfig proxyConfig) {
		return serves(proxyConfig)
				? new StatementProxy(statement, connectionInfo, proxyConnection, proxyConfig,
						directListener(proxyConfig))
				: JDK.createStatement(statement, connectionInfo, proxyConnection, proxyConfig);
	}

	@Override
	public PreparedStatement createPreparedStatement(PreparedStatement preparedStatement, String query,
			ConnectionInfo connectionInfo, Connection proxyConnection, ProxyConfig proxyConfig, boolean generateKey) {
		return serves(proxyConfig)
				? new PreparedStatementProxy(preparedStatement, query, connectionInfo, proxyConnection, proxyConfig,
						generateKey, directListener(proxyConfig))
				: JDK.createPreparedStatement(preparedStatement, query, connectionInfo, proxyConnection, proxyConfig,
						generateKey);
	}

	@Override
	public CallableStatement createCallableStatement(CallableStatement callableStatement, String query,
			ConnectionInfo connectionInfo, Connection proxyConnection, ProxyConfig proxyConfig) {
		return serves(proxyConfig)
				? new CallableStatementProxy(callableStatement, query, connectionInfo, proxyConnection, proxyConfig)
				: JDK.createCallableStatement(callableStatement, query, connectionInfo, proxyConnection, proxyConfig);
	}

	@Override
	public ResultSet createResultSet(ResultSet resultSet, ConnectionInfo connectionInfo, ProxyConfig proxyConfig) {
		return JDK.createResultSet(resultSet, connectionInfo, proxyConfig);
	}

	@Override
	public ResultSet createGeneratedKeys(ResultSet resultSet, ConnectionInfo connectionInfo, ProxyConfig proxyConfig) {
		return JDK.createGeneratedKeys(resultSet, connectionInfo, proxyConfig);
	}

}
