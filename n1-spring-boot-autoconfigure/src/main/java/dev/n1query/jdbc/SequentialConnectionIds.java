package dev.n1query.jdbc;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ConnectionIdManager;

/**
 * The connection ids of N1's data sources: "1", "2", … as datasource-proxy's default
 * gives them, without its set of open ids. That set costs a global lock and an entry per
 * connection taken from the pool, on the application's threads, and nothing in N1 or
 * datasource-proxy reads it.
 */
final class SequentialConnectionIds implements ConnectionIdManager {

	private final AtomicLong lastId = new AtomicLong();

	@Override
	public String getId(Connection connection) {
		return String.valueOf(this.lastId.incrementAndGet());
	}

	@Override
	public void addClosedId(String closedId) {
	}

	/**
	 * Not tracked.
	 * @throws UnsupportedOperationException always
	 */
	@Override
	public Set<String> getOpenConnectionIds() {
		throw new UnsupportedOperationException(
				"N1's data sources do not track open connection ids; wrap the DataSource with datasource-proxy's "
						+ "ProxyDataSourceBuilder yourself if you need them");
	}

}
