package dev.n1query.core;

import java.util.List;

/**
 * A statement stored in a scope (the first {@code n1.detection.max-statements} of each
 * scope are stored; later ones are only counted).
 *
 * @param index the position of the statement in its scope, from 0
 * @param sql the statement text, cut to {@link ParameterValues#MAX_SQL_LENGTH} characters
 * @param fingerprint the statement's fingerprint
 * @param parameters the parameter values rendered as short, safe strings
 * @param explainValues the values of simple types (numbers, short strings, booleans,
 * dates, UUIDs) as bound, {@code null} for others: what EXPLAIN binds again
 * @param offsetNanos when the statement ended, counted from the scope's start
 * @param durationNanos how long the driver took
 * @param batchSize rows in a JDBC batch, 0 when not batched
 * @param rows rows affected where known, else -1
 * @param success whether it completed without an exception
 * @param error the failure's message, or {@code null}
 * @param dataSourceName the DataSource it ran on
 * @param callSite where it came from
 */
public record RecordedStatement(int index, String sql, Fingerprint fingerprint, List<String> parameters,
		List<Object> explainValues, long offsetNanos, long durationNanos, int batchSize, int rows, boolean success, String error,
		String dataSourceName, CallSite callSite) {

}
