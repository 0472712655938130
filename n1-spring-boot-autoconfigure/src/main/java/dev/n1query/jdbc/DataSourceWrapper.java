package dev.n1query.jdbc;

import javax.sql.DataSource;

import dev.n1query.jdbc.proxy.N1JdbcProxyFactory;
import dev.n1query.jdbc.proxy.SequentialConnectionIds;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.NanoTimeStopwatchFactory;
import net.ttddyy.dsproxy.proxy.ProxyConfig;

/**
 * Wraps a DataSource in an {@link N1ProxyDataSource}, once: a DataSource that already is
 * one, or that wraps one, is returned unchanged.
 */
public final class DataSourceWrapper {

	private DataSourceWrapper() {
	}

	/**
	 * Wraps the DataSource unless it is already wrapped, with N1's
	 * {@link N1JdbcProxyFactory}.
	 * @param dataSource the DataSource
	 * @param name its name in reports (the bean name)
	 * @param listener the listener that records statements
	 * @return the wrapped DataSource, or the given one when already wrapped
	 */
	public static DataSource wrap(DataSource dataSource, String name, QueryExecutionListener listener) {
		return wrap(dataSource, name, listener, new N1JdbcProxyFactory());
	}

	/**
	 * Wraps the DataSource unless it is already wrapped.
	 * @param dataSource the DataSource
	 * @param name its name in reports (the bean name)
	 * @param listener the listener that records statements
	 * @param proxyFactory what makes the connection and statement proxies: N1's
	 * {@link N1JdbcProxyFactory} or datasource-proxy's JDK one
	 * @return the wrapped DataSource, or the given one when already wrapped
	 */
	public static DataSource wrap(DataSource dataSource, String name, QueryExecutionListener listener,
			JdbcProxyFactory proxyFactory) {
		if (isWrapped(dataSource)) {
			return dataSource;
		}
		N1ProxyDataSource proxy = new N1ProxyDataSource(dataSource);
		proxy.setProxyConfig(ProxyConfig.Builder.create()
			.dataSourceName(name)
			.queryListener(listener)
			.stopwatchFactory(new NanoTimeStopwatchFactory())
			.connectionIdManager(new SequentialConnectionIds())
			.jdbcProxyFactory(proxyFactory)
			.build());
		return proxy;
	}

	/**
	 * Whether the DataSource is, or wraps, an {@link N1ProxyDataSource}. Asks the
	 * DataSource through JDBC's {@code isWrapperFor}, which opens no connection.
	 * @param dataSource the DataSource
	 * @return whether N1 already observes it
	 */
	public static boolean isWrapped(DataSource dataSource) {
		if (dataSource instanceof N1ProxyDataSource) {
			return true;
		}
		try {
			return dataSource.isWrapperFor(N1ProxyDataSource.class);
		}
		catch (Exception | LinkageError ex) {
			return false;
		}
	}

}
