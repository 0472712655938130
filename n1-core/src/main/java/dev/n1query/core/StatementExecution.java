package dev.n1query.core;

import java.util.List;

/**
 * One statement execution as observed at the JDBC level, before N1 looks at it.
 *
 * @param sql the statement text as sent to the driver
 * @param parameters the bound parameter values in order (values of a batch's first row);
 * may contain {@code null}
 * @param durationNanos how long the driver took
 * @param batchSize how many rows a JDBC batch carried; 0 for a plain execution
 * @param rows rows affected when the driver says so, or -1
 * @param success whether the driver completed without an exception
 * @param error the exception's message when it failed, else {@code null}
 * @param dataSourceName the name of the DataSource (its bean name)
 * @param endNanos {@link System#nanoTime()} when the execution ended, as the JDBC layer read
 * it to time the execution, or 0 when not known (the tracker then reads the clock itself:
 * about 30 ns on some virtual machines, per statement stored)
 */
public record StatementExecution(String sql, List<Object> parameters, long durationNanos, int batchSize, int rows,
		boolean success, String error, String dataSourceName, long endNanos) {

	/**
	 * An execution whose end time is not known.
	 * @param sql the statement text as sent to the driver
	 * @param parameters the bound parameter values in order
	 * @param durationNanos how long the driver took
	 * @param batchSize how many rows a JDBC batch carried; 0 for a plain execution
	 * @param rows rows affected when the driver says so, or -1
	 * @param success whether the driver completed without an exception
	 * @param error the exception's message when it failed, else {@code null}
	 * @param dataSourceName the name of the DataSource (its bean name)
	 */
	public StatementExecution(String sql, List<Object> parameters, long durationNanos, int batchSize, int rows,
			boolean success, String error, String dataSourceName) {
		this(sql, parameters, durationNanos, batchSize, rows, success, error, dataSourceName, 0);
	}

	/**
	 * {@link #endNanos()}, or the clock's time now when not known.
	 * @return a {@link System#nanoTime()} value
	 */
	long endNanosOrNow() {
		return (this.endNanos != 0) ? this.endNanos : System.nanoTime();
	}

	/**
	 * A successful, non-batched execution; convenient in tests.
	 * @param sql the statement text
	 * @param parameters the parameter values
	 * @return the execution
	 */
	public static StatementExecution of(String sql, Object... parameters) {
		return new StatementExecution(sql, java.util.Arrays.asList(parameters), 1_000, 0, -1, true, null,
				"dataSource");
	}

}
