package dev.n1query.jdbc.proxy;

import java.util.List;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * A query listener that {@link N1JdbcProxyFactory}'s statements tell about executions
 * directly, without building datasource-proxy's {@link ExecutionInfo}, {@link QueryInfo}
 * and parameter operations, when it is the only listener of the configuration. With any
 * other listener present, every listener gets {@code beforeQuery} and {@code afterQuery}
 * as usual.
 */
public interface DirectQueryListener extends QueryExecutionListener {

	/**
	 * Called on the executing thread just before each execution, before anything is built
	 * for it: when nothing would use the execution, counts it and returns {@code true}, and
	 * the statement runs untimed and reports nothing more.
	 * @return whether the execution was only counted
	 */
	boolean countIfUnused();

	/**
	 * Called after an execution that {@link #countIfUnused()} did not count.
	 * @param sql the SQL text (a batch's first)
	 * @param parameters the values bound, in index order (a batch's first row)
	 * @param elapsedNanos how long the execution took
	 * @param batchSize the entries of a batch, 0 for a single execution
	 * @param result what the execution returned ({@code null} on failure)
	 * @param failure what it threw, or {@code null}
	 * @param dataSourceName the name of the configuration's data source
	 */
	void afterExecution(String sql, List<Object> parameters, long elapsedNanos, int batchSize, Object result,
			Throwable failure, String dataSourceName);

	/**
	 * Called after an execution that {@link #countIfUnused()} did not count, with the time
	 * it ended; by default, calls {@link #afterExecution(String, List, long, int, Object,
	 * Throwable, String)}, which listeners written before this method implement.
	 * @param sql the SQL text (a batch's first)
	 * @param parameters the values bound, in index order (a batch's first row)
	 * @param elapsedNanos how long the execution took
	 * @param endNanos {@link System#nanoTime()} when it ended
	 * @param batchSize the entries of a batch, 0 for a single execution
	 * @param result what the execution returned ({@code null} on failure)
	 * @param failure what it threw, or {@code null}
	 * @param dataSourceName the name of the configuration's data source
	 */
	default void afterExecution(String sql, List<Object> parameters, long elapsedNanos, long endNanos, int batchSize,
			Object result, Throwable failure, String dataSourceName) {
		afterExecution(sql, parameters, elapsedNanos, batchSize, result, failure, dataSourceName);
	}

}
