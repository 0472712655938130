package dev.n1query.jdbc.proxy;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;

import net.ttddyy.dsproxy.ConnectionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ProxyConfig;

/**
 * A {@link PreparedStatement} that calls its target directly, records every parameter
 * set operation for datasource-proxy's listeners (the same {@code ParameterSetOperation}s,
 * with the setter's {@link Method} and arguments) and reports executions of its query.
 */
class PreparedStatementProxy extends StatementProxy implements PreparedStatement {

	private static final Method SET_ARRAY_INT_ARRAY = Operation.method(PreparedStatement.class, "setArray", int.class, Array.class);

	private static final Method SET_ASCII_STREAM_INT_INPUTSTREAM_INT = Operation.method(PreparedStatement.class, "setAsciiStream", int.class, InputStream.class, int.class);

	private static final Method SET_ASCII_STREAM_INT_INPUTSTREAM_LONG = Operation.method(PreparedStatement.class, "setAsciiStream", int.class, InputStream.class, long.class);

	private static final Method SET_ASCII_STREAM_INT_INPUTSTREAM = Operation.method(PreparedStatement.class, "setAsciiStream", int.class, InputStream.class);

	private static final Method SET_BIG_DECIMAL_INT_BIGDECIMAL = Operation.method(PreparedStatement.class, "setBigDecimal", int.class, BigDecimal.class);

	private static final Method SET_BINARY_STREAM_INT_INPUTSTREAM_INT = Operation.method(PreparedStatement.class, "setBinaryStream", int.class, InputStream.class, int.class);

	private static final Method SET_BINARY_STREAM_INT_INPUTSTREAM_LONG = Operation.method(PreparedStatement.class, "setBinaryStream", int.class, InputStream.class, long.class);

	private static final Method SET_BINARY_STREAM_INT_INPUTSTREAM = Operation.method(PreparedStatement.class, "setBinaryStream", int.class, InputStream.class);

	private static final Method SET_BLOB_INT_INPUTSTREAM_LONG = Operation.method(PreparedStatement.class, "setBlob", int.class, InputStream.class, long.class);

	private static final Method SET_BLOB_INT_INPUTSTREAM = Operation.method(PreparedStatement.class, "setBlob", int.class, InputStream.class);

	private static final Method SET_BLOB_INT_BLOB = Operation.method(PreparedStatement.class, "setBlob", int.class, Blob.class);

	private static final Method SET_BOOLEAN_INT_BOOLEAN = Operation.method(PreparedStatement.class, "setBoolean", int.class, boolean.class);

	private static final Method SET_BYTE_INT_BYTE = Operation.method(PreparedStatement.class, "setByte", int.class, byte.class);

	private static final Method SET_BYTES_INT_BYTE_ARRAY = Operation.method(PreparedStatement.class, "setBytes", int.class, byte[].class);

	private static final Method SET_CHARACTER_STREAM_INT_READER_INT = Operation.method(PreparedStatement.class, "setCharacterStream", int.class, Reader.class, int.class);

	private static final Method SET_CHARACTER_STREAM_INT_READER_LONG = Operation.method(PreparedStatement.class, "setCharacterStream", int.class, Reader.class, long.class);

	private static final Method SET_CHARACTER_STREAM_INT_READER = Operation.method(PreparedStatement.class, "setCharacterStream", int.class, Reader.class);

	private static final Method SET_CLOB_INT_READER_LONG = Operation.method(PreparedStatement.class, "setClob", int.class, Reader.class, long.class);

	private static final Method SET_CLOB_INT_READER = Operation.method(PreparedStatement.class, "setClob", int.class, Reader.class);

	private static final Method SET_CLOB_INT_CLOB = Operation.method(PreparedStatement.class, "setClob", int.class, Clob.class);

	private static final Method SET_DATE_INT_DATE_CALENDAR = Operation.method(PreparedStatement.class, "setDate", int.class, Date.class, Calendar.class);

	private static final Method SET_DATE_INT_DATE = Operation.method(PreparedStatement.class, "setDate", int.class, Date.class);

	private static final Method SET_DOUBLE_INT_DOUBLE = Operation.method(PreparedStatement.class, "setDouble", int.class, double.class);

	private static final Method SET_FLOAT_INT_FLOAT = Operation.method(PreparedStatement.class, "setFloat", int.class, float.class);

	private static final Method SET_INT_INT_INT = Operation.method(PreparedStatement.class, "setInt", int.class, int.class);

	private static final Method SET_LONG_INT_LONG = Operation.method(PreparedStatement.class, "setLong", int.class, long.class);

	private static final Method SET_NCHARACTER_STREAM_INT_READER_LONG = Operation.method(PreparedStatement.class, "setNCharacterStream", int.class, Reader.class, long.class);

	private static final Method SET_NCHARACTER_STREAM_INT_READER = Operation.method(PreparedStatement.class, "setNCharacterStream", int.class, Reader.class);

	private static final Method SET_NCLOB_INT_READER_LONG = Operation.method(PreparedStatement.class, "setNClob", int.class, Reader.class, long.class);

	private static final Method SET_NCLOB_INT_READER = Operation.method(PreparedStatement.class, "setNClob", int.class, Reader.class);

	private static final Method SET_NCLOB_INT_NCLOB = Operation.method(PreparedStatement.class, "setNClob", int.class, NClob.class);

	private static final Method SET_NSTRING_INT_STRING = Operation.method(PreparedStatement.class, "setNString", int.class, String.class);

	private static final Method SET_NULL_INT_INT_STRING = Operation.method(PreparedStatement.class, "setNull", int.class, int.class, String.class);

	private static final Method SET_NULL_INT_INT = Operation.method(PreparedStatement.class, "setNull", int.class, int.class);

	private static final Method SET_OBJECT_INT_OBJECT_INT_INT = Operation.method(PreparedStatement.class, "setObject", int.class, Object.class, int.class, int.class);

	private static final Method SET_OBJECT_INT_OBJECT_INT = Operation.method(PreparedStatement.class, "setObject", int.class, Object.class, int.class);

	private static final Method SET_OBJECT_INT_OBJECT_SQLTYPE_INT = Operation.method(PreparedStatement.class, "setObject", int.class, Object.class, SQLType.class, int.class);

	private static final Method SET_OBJECT_INT_OBJECT_SQLTYPE = Operation.method(PreparedStatement.class, "setObject", int.class, Object.class, SQLType.class);

	private static final Method SET_OBJECT_INT_OBJECT = Operation.method(PreparedStatement.class, "setObject", int.class, Object.class);

	private static final Method SET_REF_INT_REF = Operation.method(PreparedStatement.class, "setRef", int.class, Ref.class);

	private static final Method SET_ROW_ID_INT_ROWID = Operation.method(PreparedStatement.class, "setRowId", int.class, RowId.class);

	private static final Method SET_SQLXML_INT_SQLXML = Operation.method(PreparedStatement.class, "setSQLXML", int.class, SQLXML.class);

	private static final Method SET_SHORT_INT_SHORT = Operation.method(PreparedStatement.class, "setShort", int.class, short.class);

	private static final Method SET_STRING_INT_STRING = Operation.method(PreparedStatement.class, "setString", int.class, String.class);

	private static final Method SET_TIME_INT_TIME_CALENDAR = Operation.method(PreparedStatement.class, "setTime", int.class, Time.class, Calendar.class);

	private static final Method SET_TIME_INT_TIME = Operation.method(PreparedStatement.class, "setTime", int.class, Time.class);

	private static final Method SET_TIMESTAMP_INT_TIMESTAMP_CALENDAR = Operation.method(PreparedStatement.class, "setTimestamp", int.class, Timestamp.class, Calendar.class);

	private static final Method SET_TIMESTAMP_INT_TIMESTAMP = Operation.method(PreparedStatement.class, "setTimestamp", int.class, Timestamp.class);

	private static final Method SET_URL_INT_URL = Operation.method(PreparedStatement.class, "setURL", int.class, URL.class);

	private static final Method SET_UNICODE_STREAM_INT_INPUTSTREAM_INT = Operation.method(PreparedStatement.class, "setUnicodeStream", int.class, InputStream.class, int.class);

	private final String query;

	// Whether the statement was prepared to return generated keys.
	private final boolean generateKey;

	// The values for a direct listener, else the operations for datasource-proxy's listeners.
	private final BoundParameters parameters;

	PreparedStatementProxy(PreparedStatement target, String query, ConnectionInfo connectionInfo,
			Connection proxyConnection, ProxyConfig proxyConfig, boolean generateKey, DirectQueryListener direct) {
		super(target, connectionInfo, proxyConnection, proxyConfig, direct);
		this.query = query;
		this.generateKey = generateKey;
		this.parameters = (direct != null) ? new BoundValues() : new ParameterOperations();
	}

	// The target as the statement's own type: a cast, not a field (one field less per
	// statement, which counts on the hot path).
	private PreparedStatement target() {
		return (PreparedStatement) this.target;
	}

	/**
	 * Records a parameter set operation, before the target sees it (as datasource-proxy
	 * does). For a direct listener, only the value is kept.
	 */
	final void record(Method method, Object[] args) {
		if (this.parameters instanceof BoundValues values) {
			if (args[0] instanceof Integer index) {
				values.set(index, args[1]);
			}
			return;
		}
		((ParameterOperations) this.parameters).set(method, args);
	}

	final void record(Method method, int index, Object value) {
		if (this.parameters instanceof BoundValues values) {
			values.set(index, value);
			return;
		}
		((ParameterOperations) this.parameters).set(method, new Object[] { index, value });
	}

	final void record(Method method, int index, Object value, Object more) {
		if (this.parameters instanceof BoundValues values) {
			values.set(index, value);
			return;
		}
		((ParameterOperations) this.parameters).set(method, new Object[] { index, value, more });
	}

	final void record(Method method, int index, Object value, Object more, Object evenMore) {
		if (this.parameters instanceof BoundValues values) {
			values.set(index, value);
			return;
		}
		((ParameterOperations) this.parameters).set(method, new Object[] { index, value, more, evenMore });
	}

	/** Records a setNull: its value is null, whatever SQL type it names. */
	final void recordNull(Method method, int index, Object sqlType) {
		if (this.parameters instanceof BoundValues values) {
			values.set(index, null);
			return;
		}
		((ParameterOperations) this.parameters).set(method, new Object[] { index, sqlType });
	}

	final void recordNull(Method method, int index, Object sqlType, Object typeName) {
		if (this.parameters instanceof BoundValues values) {
			values.set(index, null);
			return;
		}
		((ParameterOperations) this.parameters).set(method, new Object[] { index, sqlType, typeName });
	}

	@Override
	String directSql(String sql) {
		return this.query;
	}

	@Override
	List<Object> directParameters() {
		return ((BoundValues) this.parameters).current();
	}

	/** A prepared statement's batch is always reported, even empty (as with datasource-proxy's listeners). */
	@Override
	DirectBatch drainDirectBatch() {
		BoundValues values = (BoundValues) this.parameters;
		DirectBatch batch = new DirectBatch(this.query, values.firstBatchRow(), values.batchSize());
		values.clearBatch();
		return batch;
	}

	/** Every execution reports the prepared query with its parameters, whatever SQL is passed. */
	@Override
	List<QueryInfo> queries(String sql) {
		return Collections.singletonList(((ParameterOperations) this.parameters).query(this.query));
	}

	@Override
	int batchSize() {
		return this.parameters.batchSize();
	}

	@Override
	List<QueryInfo> drainBatch() {
		return Collections.singletonList(((ParameterOperations) this.parameters).drainBatch(this.query));
	}

	/** Keys are retrieved when the statement was prepared to return them (for batches, when so configured too). */
	@Override
	boolean retrievesKeys(boolean batch, boolean requested) {
		return batch ? this.generateKey && this.proxyConfig.isRetrieveGeneratedKeysForBatchPreparedOrCallable()
				: this.generateKey;
	}

	@Override
	public ResultSet executeQuery() throws SQLException {
		return (ResultSet) run(Operation.EXECUTE_QUERY, null, null, false);
	}

	@Override
	public int executeUpdate() throws SQLException {
		return (Integer) run(Operation.EXECUTE_UPDATE, null, null, false);
	}

	@Override
	public long executeLargeUpdate() throws SQLException {
		return (Long) run(Operation.EXECUTE_LARGE_UPDATE, null, null, false);
	}

	@Override
	public boolean execute() throws SQLException {
		return (Boolean) run(Operation.EXECUTE, null, null, false);
	}

	@Override
	public void addBatch() throws SQLException {
		this.parameters.addBatch();
		target().addBatch();
	}

	/** Like datasource-proxy, a prepared statement's batch holds parameters, whatever SQL is passed. */
	@Override
	public void addBatch(String sql) throws SQLException {
		this.parameters.addBatch();
		target().addBatch(sql);
	}

	@Override
	public void clearBatch() throws SQLException {
		this.parameters.clearBatch();
		target().clearBatch();
	}

	@Override
	public void clearParameters() throws SQLException {
		this.parameters.clear();
		target().clearParameters();
	}

	// ---- setters (recorded) and everything else (straight to the target)

	@Override
	public ResultSetMetaData getMetaData() throws SQLException {
		return target().getMetaData();
	}

	@Override
	public ParameterMetaData getParameterMetaData() throws SQLException {
		return target().getParameterMetaData();
	}

	@Override
	public void setArray(int parameterIndex, Array x) throws SQLException {
		record(SET_ARRAY_INT_ARRAY, parameterIndex, x);
		target().setArray(parameterIndex, x);
	}

	@Override
	public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
		record(SET_ASCII_STREAM_INT_INPUTSTREAM_INT, parameterIndex, x, length);
		target().setAsciiStream(parameterIndex, x, length);
	}

	@Override
	public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
		record(SET_ASCII_STREAM_INT_INPUTSTREAM_LONG, parameterIndex, x, length);
		target().setAsciiStream(parameterIndex, x, length);
	}

	@Override
	public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
		record(SET_ASCII_STREAM_INT_INPUTSTREAM, parameterIndex, x);
		target().setAsciiStream(parameterIndex, x);
	}

	@Override
	public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
		record(SET_BIG_DECIMAL_INT_BIGDECIMAL, parameterIndex, x);
		target().setBigDecimal(parameterIndex, x);
	}

	@Override
	public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
		record(SET_BINARY_STREAM_INT_INPUTSTREAM_INT, parameterIndex, x, length);
		target().setBinaryStream(parameterIndex, x, length);
	}

	@Override
	public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
		record(SET_BINARY_STREAM_INT_INPUTSTREAM_LONG, parameterIndex, x, length);
		target().setBinaryStream(parameterIndex, x, length);
	}

	@Override
	public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
		record(SET_BINARY_STREAM_INT_INPUTSTREAM, parameterIndex, x);
		target().setBinaryStream(parameterIndex, x);
	}

	@Override
	public void setBlob(int parameterIndex, InputStream x, long length) throws SQLException {
		record(SET_BLOB_INT_INPUTSTREAM_LONG, parameterIndex, x, length);
		target().setBlob(parameterIndex, x, length);
	}

	@Override
	public void setBlob(int parameterIndex, InputStream x) throws SQLException {
		record(SET_BLOB_INT_INPUTSTREAM, parameterIndex, x);
		target().setBlob(parameterIndex, x);
	}

	@Override
	public void setBlob(int parameterIndex, Blob x) throws SQLException {
		record(SET_BLOB_INT_BLOB, parameterIndex, x);
		target().setBlob(parameterIndex, x);
	}

	@Override
	public void setBoolean(int parameterIndex, boolean x) throws SQLException {
		record(SET_BOOLEAN_INT_BOOLEAN, parameterIndex, x);
		target().setBoolean(parameterIndex, x);
	}

	@Override
	public void setByte(int parameterIndex, byte x) throws SQLException {
		record(SET_BYTE_INT_BYTE, parameterIndex, x);
		target().setByte(parameterIndex, x);
	}

	@Override
	public void setBytes(int parameterIndex, byte[] x) throws SQLException {
		record(SET_BYTES_INT_BYTE_ARRAY, parameterIndex, x);
		target().setBytes(parameterIndex, x);
	}

	@Override
	public void setCharacterStream(int parameterIndex, Reader x, int length) throws SQLException {
		record(SET_CHARACTER_STREAM_INT_READER_INT, parameterIndex, x, length);
		target().setCharacterStream(parameterIndex, x, length);
	}

	@Override
	public void setCharacterStream(int parameterIndex, Reader x, long length) throws SQLException {
		record(SET_CHARACTER_STREAM_INT_READER_LONG, parameterIndex, x, length);
		target().setCharacterStream(parameterIndex, x, length);
	}

	@Override
	public void setCharacterStream(int parameterIndex, Reader x) throws SQLException {
		record(SET_CHARACTER_STREAM_INT_READER, parameterIndex, x);
		target().setCharacterStream(parameterIndex, x);
	}

	@Override
	public void setClob(int parameterIndex, Reader x, long length) throws SQLException {
		record(SET_CLOB_INT_READER_LONG, parameterIndex, x, length);
		target().setClob(parameterIndex, x, length);
	}

	@Override
	public void setClob(int parameterIndex, Reader x) throws SQLException {
		record(SET_CLOB_INT_READER, parameterIndex, x);
		target().setClob(parameterIndex, x);
	}

	@Override
	public void setClob(int parameterIndex, Clob x) throws SQLException {
		record(SET_CLOB_INT_CLOB, parameterIndex, x);
		target().setClob(parameterIndex, x);
	}

	@Override
	public void setDate(int parameterIndex, Date x, Calendar calendar) throws SQLException {
		record(SET_DATE_INT_DATE_CALENDAR, parameterIndex, x, calendar);
		target().setDate(parameterIndex, x, calendar);
	}

	@Override
	public void setDate(int parameterIndex, Date x) throws SQLException {
		record(SET_DATE_INT_DATE, parameterIndex, x);
		target().setDate(parameterIndex, x);
	}

	@Override
	public void setDouble(int parameterIndex, double x) throws SQLException {
		record(SET_DOUBLE_INT_DOUBLE, parameterIndex, x);
		target().setDouble(parameterIndex, x);
	}

	@Override
	public void setFloat(int parameterIndex, float x) throws SQLException {
		record(SET_FLOAT_INT_FLOAT, parameterIndex, x);
		target().setFloat(parameterIndex, x);
	}

	@Override
	public void setInt(int parameterIndex, int x) throws SQLException {
		record(SET_INT_INT_INT, parameterIndex, x);
		target().setInt(parameterIndex, x);
	}

	@Override
	public void setLong(int parameterIndex, long x) throws SQLException {
		record(SET_LONG_INT_LONG, parameterIndex, x);
		target().setLong(parameterIndex, x);
	}

	@Override
	public void setNCharacterStream(int parameterIndex, Reader x, long length) throws SQLException {
		record(SET_NCHARACTER_STREAM_INT_READER_LONG, parameterIndex, x, length);
		target().setNCharacterStream(parameterIndex, x, length);
	}

	@Override
	public void setNCharacterStream(int parameterIndex, Reader x) throws SQLException {
		record(SET_NCHARACTER_STREAM_INT_READER, parameterIndex, x);
		target().setNCharacterStream(parameterIndex, x);
	}

	@Override
	public void setNClob(int parameterIndex, Reader x, long length) throws SQLException {
		record(SET_NCLOB_INT_READER_LONG, parameterIndex, x, length);
		target().setNClob(parameterIndex, x, length);
	}

	@Override
	public void setNClob(int parameterIndex, Reader x) throws SQLException {
		record(SET_NCLOB_INT_READER, parameterIndex, x);
		target().setNClob(parameterIndex, x);
	}

	@Override
	public void setNClob(int parameterIndex, NClob x) throws SQLException {
		record(SET_NCLOB_INT_NCLOB, parameterIndex, x);
		target().setNClob(parameterIndex, x);
	}

	@Override
	public void setNString(int parameterIndex, String x) throws SQLException {
		record(SET_NSTRING_INT_STRING, parameterIndex, x);
		target().setNString(parameterIndex, x);
	}

	@Override
	public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
		recordNull(SET_NULL_INT_INT_STRING, parameterIndex, sqlType, typeName);
		target().setNull(parameterIndex, sqlType, typeName);
	}

	@Override
	public void setNull(int parameterIndex, int sqlType) throws SQLException {
		recordNull(SET_NULL_INT_INT, parameterIndex, sqlType);
		target().setNull(parameterIndex, sqlType);
	}

	@Override
	public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
		record(SET_OBJECT_INT_OBJECT_INT_INT, parameterIndex, x, targetSqlType, scaleOrLength);
		target().setObject(parameterIndex, x, targetSqlType, scaleOrLength);
	}

	@Override
	public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
		record(SET_OBJECT_INT_OBJECT_INT, parameterIndex, x, targetSqlType);
		target().setObject(parameterIndex, x, targetSqlType);
	}

	@Override
	public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
		record(SET_OBJECT_INT_OBJECT_SQLTYPE_INT, parameterIndex, x, targetSqlType, scaleOrLength);
		target().setObject(parameterIndex, x, targetSqlType, scaleOrLength);
	}

	@Override
	public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
		record(SET_OBJECT_INT_OBJECT_SQLTYPE, parameterIndex, x, targetSqlType);
		target().setObject(parameterIndex, x, targetSqlType);
	}

	@Override
	public void setObject(int parameterIndex, Object x) throws SQLException {
		record(SET_OBJECT_INT_OBJECT, parameterIndex, x);
		target().setObject(parameterIndex, x);
	}

	@Override
	public void setRef(int parameterIndex, Ref x) throws SQLException {
		record(SET_REF_INT_REF, parameterIndex, x);
		target().setRef(parameterIndex, x);
	}

	@Override
	public void setRowId(int parameterIndex, RowId x) throws SQLException {
		record(SET_ROW_ID_INT_ROWID, parameterIndex, x);
		target().setRowId(parameterIndex, x);
	}

	@Override
	public void setSQLXML(int parameterIndex, SQLXML x) throws SQLException {
		record(SET_SQLXML_INT_SQLXML, parameterIndex, x);
		target().setSQLXML(parameterIndex, x);
	}

	@Override
	public void setShort(int parameterIndex, short x) throws SQLException {
		record(SET_SHORT_INT_SHORT, parameterIndex, x);
		target().setShort(parameterIndex, x);
	}

	@Override
	public void setString(int parameterIndex, String x) throws SQLException {
		record(SET_STRING_INT_STRING, parameterIndex, x);
		target().setString(parameterIndex, x);
	}

	@Override
	public void setTime(int parameterIndex, Time x, Calendar calendar) throws SQLException {
		record(SET_TIME_INT_TIME_CALENDAR, parameterIndex, x, calendar);
		target().setTime(parameterIndex, x, calendar);
	}

	@Override
	public void setTime(int parameterIndex, Time x) throws SQLException {
		record(SET_TIME_INT_TIME, parameterIndex, x);
		target().setTime(parameterIndex, x);
	}

	@Override
	public void setTimestamp(int parameterIndex, Timestamp x, Calendar calendar) throws SQLException {
		record(SET_TIMESTAMP_INT_TIMESTAMP_CALENDAR, parameterIndex, x, calendar);
		target().setTimestamp(parameterIndex, x, calendar);
	}

	@Override
	public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
		record(SET_TIMESTAMP_INT_TIMESTAMP, parameterIndex, x);
		target().setTimestamp(parameterIndex, x);
	}

	@Override
	public void setURL(int parameterIndex, URL x) throws SQLException {
		record(SET_URL_INT_URL, parameterIndex, x);
		target().setURL(parameterIndex, x);
	}

	@Override
	@Deprecated
	public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
		record(SET_UNICODE_STREAM_INT_INPUTSTREAM_INT, parameterIndex, x, length);
		target().setUnicodeStream(parameterIndex, x, length);
	}
}
