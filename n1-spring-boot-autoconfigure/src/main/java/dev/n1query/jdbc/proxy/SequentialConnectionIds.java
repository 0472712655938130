package dev.n1query.jdbc.proxy;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ConnectionIdManager;
import net.ttddyy.dsproxy.ConnectionInfo;

/**
 * The connection ids of N1's data sources: "1", "2", … as datasource-proxy's default
 * gives them, without its set of open ids. That set costs a global lock and an entry per
 * connection taken from the pool, on the application's threads, and nothing in N1 or
 * datasource-proxy reads it. With {@link N1JdbcProxyFactory}, a connection's id is written out
 * as text only when something reads it: N1's own listener never does, and turning a number
 * into text for every connection taken from the pool cost more than the rest of its proxy.
 */
public final class SequentialConnectionIds implements ConnectionIdManager {

	private final AtomicLong lastId = new AtomicLong();

	@Override
	public String getId(Connection connection) {
		return String.valueOf(this.lastId.incrementAndGet());
	}

	/**
	 * The information of a connection just taken, with the next id, as
	 * {@link #getId(Connection)} would give it.
	 * @return the connection's information
	 */
	ConnectionInfo nextConnectionInfo() {
		return new NumberedConnectionInfo(this.lastId.incrementAndGet());
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

	/** Connection information whose id is a number until it is read. */
	private static final class NumberedConnectionInfo extends ConnectionInfo {

		private final long id;

		// Written once it is read (a benign race: any thread writes the same text).
		private String text;

		NumberedConnectionInfo(long id) {
			this.id = id;
		}

		@Override
		public String getConnectionId() {
			String text = this.text;
			if (text == null) {
				text = String.valueOf(this.id);
				this.text = text;
			}
			return text;
		}

		@Override
		public void setConnectionId(String connectionId) {
			this.text = connectionId;
		}

	}

}
