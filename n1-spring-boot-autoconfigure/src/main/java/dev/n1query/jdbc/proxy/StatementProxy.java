package dev.n1query.jdbc.proxy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.ttddyy.dsproxy.ConnectionInfo;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.NanoTimeStopwatchFactory;
import net.ttddyy.dsproxy.proxy.ProxyConfig;

/**
 * A {@link Statement} that calls its target directly and tells datasource-proxy's query
 * listeners about every execution, as datasource-proxy's {@code StatementProxyLogic}
 * does: the listeners get the same {@link ExecutionInfo} and {@link QueryInfo}s,
 * generated keys are retrieved, cached and closed by the same rules, and returned result
 * sets are proxied only when the configuration asks for it. The prepared and callable
 * kinds extend it.
 */
class StatementProxy extends JdbcProxy<Statement> implements Statement {

	final ConnectionInfo connectionInfo;

	private final Connection proxyConnection;

	// NanoTimeStopwatchFactory measures nanoseconds, SystemStopwatchFactory milliseconds
	// (N1JdbcProxyFactory serves no other).
	private final boolean nanoClock;

	// The only listener, told directly (see N1JdbcProxyFactory), or null: every listener
	// gets datasource-proxy's ExecutionInfo and QueryInfos.
	final DirectQueryListener direct;

	private List<String> batchQueries;

	private ResultSet generatedKeys;

	StatementProxy(Statement target, ConnectionInfo connectionInfo, Connection proxyConnection,
			ProxyConfig proxyConfig, DirectQueryListener direct) {
		super(target, proxyConfig);
		this.connectionInfo = connectionInfo;
		this.proxyConnection = proxyConnection;
		this.nanoClock = proxyConfig.getStopwatchFactory() instanceof NanoTimeStopwatchFactory;
		this.direct = direct;
	}

	// ---- what differs between plain and prepared statements

	/** The queries an execution reports: a plain statement's SQL argument. */
	List<QueryInfo> queries(String sql) {
		return Collections.singletonList(new QueryInfo(sql));
	}

	/** The entries added to the batch so far. */
	int batchSize() {
		return (this.batchQueries != null) ? this.batchQueries.size() : 0;
	}

	/** The batch added so far, one query per SQL text, and forgets it. */
	List<QueryInfo> drainBatch() {
		List<QueryInfo> queries = new ArrayList<>(batchSize());
		if (this.batchQueries != null) {
			for (String query : this.batchQueries) {
				queries.add(new QueryInfo(query));
			}
			this.batchQueries = null;
		}
		return queries;
	}

	/** The SQL a direct listener is told of: a plain statement's SQL argument. */
	String directSql(String sql) {
		return sql;
	}

	/** The values a direct listener is told of: a plain statement has none. */
	List<Object> directParameters() {
		return List.of();
	}

	/**
	 * The SQL and values of the batch's first entry a direct listener is told of, or
	 * {@code null} when nothing is reported (a plain statement's empty batch, as with
	 * datasource-proxy's listeners). Forgets the batch.
	 */
	DirectBatch drainDirectBatch() {
		List<String> queries = this.batchQueries;
		this.batchQueries = null;
		return (queries != null) ? new DirectBatch(queries.get(0), List.of(), queries.size()) : null;
	}

	/** What a direct listener is told of a batch. */
	record DirectBatch(String sql, List<Object> parameters, int size) {
	}

	/**
	 * Whether an execution retrieves generated keys when auto-retrieval is on: for a
	 * plain statement, when the call asked for them, or for a batch when so configured.
	 */
	boolean retrievesKeys(boolean batch, boolean requested) {
		return batch ? this.proxyConfig.isRetrieveGeneratedKeysForBatchStatement() : requested;
	}

	// ---- executions

	/**
	 * Runs one execution the way datasource-proxy's {@code StatementProxyLogic} does:
	 * listeners before, the direct call timed, result set proxied and generated keys
	 * retrieved when configured, listeners after (on failure too), auto-retrieved keys
	 * closed when configured.
	 */
	final Object run(Operation operation, Object[] args, List<QueryInfo> queries, boolean batch, int batchSize,
			boolean keysRequested, String sql, Object argument) throws SQLException {
		ExecutionInfo execution = new ExecutionInfo(this.connectionInfo, this.target, batch, batchSize,
				operation.method, args);
		QueryExecutionListener listener = this.proxyConfig.getQueryListener();
		listener.beforeQuery(execution, queries);
		long started = now();
		Object result;
		try {
			result = operation.call.run(this.target, sql, argument);
		}
		catch (SQLException | RuntimeException | Error ex) {
			execution.setElapsedTime(now() - started);
			execution.setThrowable(ex);
			execution.setSuccess(false);
			listener.afterQuery(execution, queries);
			closeRetrievedKeys();
			throw ex;
		}
		long elapsed = now() - started;
		try {
			if (operation.returnsResultSet) {
				result = resultSet((ResultSet) result);
			}
			if (operation.mayRetrieveKeys && this.proxyConfig.isAutoRetrieveGeneratedKeys()
					&& retrievesKeys(batch, keysRequested)) {
				retrieveKeys();
			}
			execution.setResult(result);
			execution.setGeneratedKeys(this.generatedKeys);
			execution.setElapsedTime(elapsed);
			execution.setSuccess(true);
		}
		finally {
			listener.afterQuery(execution, queries);
			closeRetrievedKeys();
		}
		return result;
	}

	/**
	 * Runs an execution of SQL text (a plain statement's, ignored by a prepared one) or of
	 * a prepared statement's query.
	 */
	final Object run(Operation operation, String sql, Object argument, boolean keysRequested) throws SQLException {
		if (this.direct != null) {
			return runDirect(operation, sql, argument, false);
		}
		Object[] args = switch (operation.method.getParameterCount()) {
			case 0 -> null;
			case 1 -> new Object[] { sql };
			default -> new Object[] { sql, argument };
		};
		return run(operation, args, queries(sql), false, 0, keysRequested, sql, argument);
	}

	final Object runBatch(Operation operation) throws SQLException {
		if (this.direct != null) {
			return runDirect(operation, null, null, true);
		}
		int size = batchSize();
		return run(operation, null, drainBatch(), true, size, false, null, null);
	}

	/**
	 * Runs an execution for a direct listener: the call timed, the result set proxied when
	 * configured, and the listener told, on failure too. An execution nothing would use
	 * (no scope open) is counted and runs untimed: reading the clock twice is a fifth of
	 * what N1 costs such a statement. (Generated keys are never retrieved by themselves
	 * here: N1JdbcProxyFactory tells a listener directly only when auto-retrieval is off.)
	 */
	private Object runDirect(Operation operation, String sql, Object argument, boolean batch) throws SQLException {
		DirectBatch entries = batch ? drainDirectBatch() : null;
		// The current scope is the thread's, and the driver's call does not change it: asking
		// before the call answers as asking after it would.
		if ((batch && entries == null) || this.direct.countIfUnused()) {
			Object result = operation.call.run(this.target, sql, argument);
			return operation.returnsResultSet ? resultSet((ResultSet) result) : result;
		}
		long started = System.nanoTime();
		Object result;
		try {
			result = operation.call.run(this.target, sql, argument);
		}
		catch (SQLException | RuntimeException | Error ex) {
			reportDirect(entries, sql, started, System.nanoTime(), null, ex);
			throw ex;
		}
		long ended = System.nanoTime();
		if (operation.returnsResultSet) {
			result = resultSet((ResultSet) result);
		}
		reportDirect(entries, sql, started, ended, result, null);
		return result;
	}

	private void reportDirect(DirectBatch batch, String sql, long started, long ended, Object result,
			Throwable failure) {
		String dataSourceName = this.connectionInfo.getDataSourceName();
		if (batch != null) {
			this.direct.afterExecution(batch.sql(), batch.parameters(), ended - started, ended, batch.size(), result,
					failure, dataSourceName);
		}
		else {
			this.direct.afterExecution(directSql(sql), directParameters(), ended - started, ended, 0, result, failure,
					dataSourceName);
		}
	}

	private long now() {
		return this.nanoClock ? System.nanoTime() : System.currentTimeMillis();
	}

	private ResultSet resultSet(ResultSet resultSet) {
		return this.proxyConfig.isResultSetProxyEnabled() ? this.proxyConfig.getJdbcProxyFactory()
			.createResultSet(resultSet, this.connectionInfo, this.proxyConfig) : resultSet;
	}

	private void retrieveKeys() throws SQLException {
		ResultSet keys = this.target.getGeneratedKeys();
		if (this.proxyConfig.isGeneratedKeysProxyEnabled()) {
			keys = this.proxyConfig.getJdbcProxyFactory().createGeneratedKeys(keys, this.connectionInfo, this.proxyConfig);
		}
		this.generatedKeys = keys;
	}

	private void closeRetrievedKeys() throws SQLException {
		if (this.proxyConfig.isAutoCloseGeneratedKeys() && this.generatedKeys != null
				&& !this.generatedKeys.isClosed()) {
			this.generatedKeys.close();
			this.generatedKeys = null;
		}
	}

	@Override
	public ResultSet executeQuery(String sql) throws SQLException {
		return (ResultSet) run(Operation.EXECUTE_QUERY_STRING, sql, null, false);
	}

	@Override
	public int executeUpdate(String sql) throws SQLException {
		return (Integer) run(Operation.EXECUTE_UPDATE_STRING, sql, null, false);
	}

	@Override
	public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
		return (Integer) run(Operation.EXECUTE_UPDATE_STRING_INT, sql, autoGeneratedKeys,
				requestsKeys(autoGeneratedKeys));
	}

	@Override
	public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
		return (Integer) run(Operation.EXECUTE_UPDATE_STRING_INT_ARRAY, sql, columnIndexes,
				requestsKeys(columnIndexes));
	}

	@Override
	public int executeUpdate(String sql, String[] columnNames) throws SQLException {
		return (Integer) run(Operation.EXECUTE_UPDATE_STRING_STRING_ARRAY, sql, columnNames,
				requestsKeys(columnNames));
	}

	@Override
	public long executeLargeUpdate(String sql) throws SQLException {
		return (Long) run(Operation.EXECUTE_LARGE_UPDATE_STRING, sql, null, false);
	}

	@Override
	public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
		return (Long) run(Operation.EXECUTE_LARGE_UPDATE_STRING_INT, sql, autoGeneratedKeys,
				requestsKeys(autoGeneratedKeys));
	}

	@Override
	public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
		return (Long) run(Operation.EXECUTE_LARGE_UPDATE_STRING_INT_ARRAY, sql, columnIndexes,
				requestsKeys(columnIndexes));
	}

	@Override
	public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
		return (Long) run(Operation.EXECUTE_LARGE_UPDATE_STRING_STRING_ARRAY, sql, columnNames,
				requestsKeys(columnNames));
	}

	@Override
	public boolean execute(String sql) throws SQLException {
		return (Boolean) run(Operation.EXECUTE_STRING, sql, null, false);
	}

	@Override
	public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
		return (Boolean) run(Operation.EXECUTE_STRING_INT, sql, autoGeneratedKeys,
				requestsKeys(autoGeneratedKeys));
	}

	@Override
	public boolean execute(String sql, int[] columnIndexes) throws SQLException {
		return (Boolean) run(Operation.EXECUTE_STRING_INT_ARRAY, sql, columnIndexes,
				requestsKeys(columnIndexes));
	}

	@Override
	public boolean execute(String sql, String[] columnNames) throws SQLException {
		return (Boolean) run(Operation.EXECUTE_STRING_STRING_ARRAY, sql, columnNames,
				requestsKeys(columnNames));
	}

	@Override
	public int[] executeBatch() throws SQLException {
		return (int[]) runBatch(Operation.EXECUTE_BATCH);
	}

	@Override
	public long[] executeLargeBatch() throws SQLException {
		return (long[]) runBatch(Operation.EXECUTE_LARGE_BATCH);
	}

	@Override
	public void addBatch(String sql) throws SQLException {
		if (this.batchQueries == null) {
			this.batchQueries = new ArrayList<>();
		}
		this.batchQueries.add(sql);
		this.target.addBatch(sql);
	}

	@Override
	public void clearBatch() throws SQLException {
		this.batchQueries = null;
		this.target.clearBatch();
	}

	// ---- results: not reported to listeners, proxied like executeQuery's

	@Override
	public ResultSet getResultSet() throws SQLException {
		try {
			return resultSet(this.target.getResultSet());
		}
		finally {
			closeRetrievedKeys();
		}
	}

	/** The keys retrieved automatically while still open, else the target's. */
	@Override
	public ResultSet getGeneratedKeys() throws SQLException {
		if (this.generatedKeys != null) {
			if (!this.generatedKeys.isClosed()) {
				return this.generatedKeys;
			}
			this.generatedKeys = null;
		}
		ResultSet keys = this.target.getGeneratedKeys();
		if (this.proxyConfig.isGeneratedKeysProxyEnabled()) {
			keys = this.proxyConfig.getJdbcProxyFactory().createGeneratedKeys(keys, this.connectionInfo, this.proxyConfig);
		}
		if (this.proxyConfig.isAutoRetrieveGeneratedKeys()) {
			this.generatedKeys = keys;
		}
		return keys;
	}

	/** The proxy connection that created this statement. */
	@Override
	public Connection getConnection() {
		return this.proxyConnection;
	}

	// ---- everything else: straight to the target

	@Override
	public void cancel() throws SQLException {
		this.target.cancel();
	}

	@Override
	public void clearWarnings() throws SQLException {
		this.target.clearWarnings();
	}

	@Override
	public void close() throws SQLException {
		this.target.close();
	}

	@Override
	public void closeOnCompletion() throws SQLException {
		this.target.closeOnCompletion();
	}

	@Override
	public String enquoteIdentifier(String identifier, boolean alwaysQuote) throws SQLException {
		return this.target.enquoteIdentifier(identifier, alwaysQuote);
	}

	@Override
	public String enquoteLiteral(String value) throws SQLException {
		return this.target.enquoteLiteral(value);
	}

	@Override
	public String enquoteNCharLiteral(String value) throws SQLException {
		return this.target.enquoteNCharLiteral(value);
	}

	@Override
	public int getFetchDirection() throws SQLException {
		return this.target.getFetchDirection();
	}

	@Override
	public int getFetchSize() throws SQLException {
		return this.target.getFetchSize();
	}

	@Override
	public long getLargeMaxRows() throws SQLException {
		return this.target.getLargeMaxRows();
	}

	@Override
	public long getLargeUpdateCount() throws SQLException {
		return this.target.getLargeUpdateCount();
	}

	@Override
	public int getMaxFieldSize() throws SQLException {
		return this.target.getMaxFieldSize();
	}

	@Override
	public int getMaxRows() throws SQLException {
		return this.target.getMaxRows();
	}

	@Override
	public boolean getMoreResults() throws SQLException {
		return this.target.getMoreResults();
	}

	@Override
	public boolean getMoreResults(int current) throws SQLException {
		return this.target.getMoreResults(current);
	}

	@Override
	public int getQueryTimeout() throws SQLException {
		return this.target.getQueryTimeout();
	}

	@Override
	public int getResultSetConcurrency() throws SQLException {
		return this.target.getResultSetConcurrency();
	}

	@Override
	public int getResultSetHoldability() throws SQLException {
		return this.target.getResultSetHoldability();
	}

	@Override
	public int getResultSetType() throws SQLException {
		return this.target.getResultSetType();
	}

	@Override
	public int getUpdateCount() throws SQLException {
		return this.target.getUpdateCount();
	}

	@Override
	public SQLWarning getWarnings() throws SQLException {
		return this.target.getWarnings();
	}

	@Override
	public boolean isCloseOnCompletion() throws SQLException {
		return this.target.isCloseOnCompletion();
	}

	@Override
	public boolean isClosed() throws SQLException {
		return this.target.isClosed();
	}

	@Override
	public boolean isPoolable() throws SQLException {
		return this.target.isPoolable();
	}

	@Override
	public boolean isSimpleIdentifier(String identifier) throws SQLException {
		return this.target.isSimpleIdentifier(identifier);
	}

	@Override
	public void setCursorName(String value) throws SQLException {
		this.target.setCursorName(value);
	}

	@Override
	public void setEscapeProcessing(boolean value) throws SQLException {
		this.target.setEscapeProcessing(value);
	}

	@Override
	public void setFetchDirection(int value) throws SQLException {
		this.target.setFetchDirection(value);
	}

	@Override
	public void setFetchSize(int value) throws SQLException {
		this.target.setFetchSize(value);
	}

	@Override
	public void setLargeMaxRows(long value) throws SQLException {
		this.target.setLargeMaxRows(value);
	}

	@Override
	public void setMaxFieldSize(int value) throws SQLException {
		this.target.setMaxFieldSize(value);
	}

	@Override
	public void setMaxRows(int value) throws SQLException {
		this.target.setMaxRows(value);
	}

	@Override
	public void setPoolable(boolean value) throws SQLException {
		this.target.setPoolable(value);
	}

	@Override
	public void setQueryTimeout(int value) throws SQLException {
		this.target.setQueryTimeout(value);
	}
}
