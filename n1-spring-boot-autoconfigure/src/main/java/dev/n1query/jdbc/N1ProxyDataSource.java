package dev.n1query.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.n1query.jdbc.proxy.N1JdbcProxyFactory;
import net.ttddyy.dsproxy.DataSourceProxyException;
import net.ttddyy.dsproxy.proxy.ProxyConfig;
import net.ttddyy.dsproxy.support.ProxyDataSource;

/**
 * The datasource-proxy {@link ProxyDataSource} N1 wraps DataSources in. Its own type marks
 * a DataSource as already wrapped. Unwrapping to {@link DataSource} reaches the target,
 * so Spring Boot's {@code DataSourceUnwrapper.unwrapRoot} (used when Flyway or Liquibase
 * derive a DataSource) finds the real one. With {@link N1JdbcProxyFactory} it hands out
 * connections without datasource-proxy's reflective method dispatch.
 */
public class N1ProxyDataSource extends ProxyDataSource {

	/**
	 * Wraps the given DataSource.
	 * @param target the DataSource to observe
	 */
	public N1ProxyDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (!direct()) {
			return super.getConnection();
		}
		try {
			return N1JdbcProxyFactory.proxyConnection(getDataSource().getConnection(), getProxyConfig());
		}
		catch (RuntimeException | Error ex) {
			throw failed(ex);
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		if (!direct()) {
			return super.getConnection(username, password);
		}
		try {
			return N1JdbcProxyFactory.proxyConnection(getDataSource().getConnection(username, password),
					getProxyConfig());
		}
		catch (RuntimeException | Error ex) {
			throw failed(ex);
		}
	}

	// ProxyDataSource's own path runs method listeners through reflection; with N1's
	// factory and no method listener there is nothing for it to do.
	private boolean direct() {
		ProxyConfig config = getProxyConfig();
		return config.getJdbcProxyFactory() instanceof N1JdbcProxyFactory && N1JdbcProxyFactory.serves(config);
	}

	// What ProxyDataSource throws for anything but an SQLException.
	private static DataSourceProxyException failed(Throwable ex) {
		return new DataSourceProxyException("Failed to perform getConnection", ex);
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface == DataSource.class) {
			return getDataSource().unwrap(iface);
		}
		return super.unwrap(iface);
	}

	@Override
	public String toString() {
		return "N1ProxyDataSource[" + getDataSource() + "]";
	}

}
