package dev.n1query.jdbc;

import java.sql.SQLException;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;

/**
 * The datasource-proxy {@link ProxyDataSource} N1 wraps DataSources in. Its own type marks
 * a DataSource as already wrapped. Unwrapping to {@link DataSource} reaches the target,
 * so Spring Boot's {@code DataSourceUnwrapper.unwrapRoot} (used when Flyway or Liquibase
 * derive a DataSource) finds the real one.
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
