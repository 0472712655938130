package dev.n1query.jdbc.proxy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.ShardingKeyBuilder;
import java.util.logging.Logger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.proxy.ProxyConfig;

/**
 * A {@link DataSource} whose connections are proxied, as datasource-proxy's
 * {@code DataSourceProxyLogic} does; what {@code ProxyDataSourceBuilder.buildProxy()}
 * returns when {@link N1JdbcProxyFactory} is configured.
 */
class DataSourceProxy extends JdbcProxy<DataSource> implements DataSource {

	DataSourceProxy(DataSource target, ProxyConfig proxyConfig) {
		super(target, proxyConfig);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return N1JdbcProxyFactory.proxyConnection(this.target.getConnection(), this.proxyConfig);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return N1JdbcProxyFactory.proxyConnection(this.target.getConnection(username, password), this.proxyConfig);
	}

	@Override
	public ConnectionBuilder createConnectionBuilder() throws SQLException {
		return this.target.createConnectionBuilder();
	}

	@Override
	public ShardingKeyBuilder createShardingKeyBuilder() throws SQLException {
		return this.target.createShardingKeyBuilder();
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.target.getLogWriter();
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.target.getParentLogger();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.target.setLoginTimeout(seconds);
	}
}
