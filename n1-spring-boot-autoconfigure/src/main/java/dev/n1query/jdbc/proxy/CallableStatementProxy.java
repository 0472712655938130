package dev.n1query.jdbc.proxy;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

import net.ttddyy.dsproxy.ConnectionInfo;
import net.ttddyy.dsproxy.proxy.ProxyConfig;

/**
 * A {@link CallableStatement} that calls its target directly and, besides what a
 * prepared statement records, records parameters set by name and out parameters
 * registered, as datasource-proxy does.
 */
class CallableStatementProxy extends PreparedStatementProxy implements CallableStatement {

	private static final Method REGISTER_OUT_PARAMETER_STRING_INT_STRING = Operation.method(CallableStatement.class, "registerOutParameter", String.class, int.class, String.class);

	private static final Method REGISTER_OUT_PARAMETER_STRING_INT_INT = Operation.method(CallableStatement.class, "registerOutParameter", String.class, int.class, int.class);

	private static final Method REGISTER_OUT_PARAMETER_STRING_INT = Operation.method(CallableStatement.class, "registerOutParameter", String.class, int.class);

	private static final Method REGISTER_OUT_PARAMETER_STRING_SQLTYPE_STRING = Operation.method(CallableStatement.class, "registerOutParameter", String.class, SQLType.class, String.class);

	private static final Method REGISTER_OUT_PARAMETER_STRING_SQLTYPE_INT = Operation.method(CallableStatement.class, "registerOutParameter", String.class, SQLType.class, int.class);

	private static final Method REGISTER_OUT_PARAMETER_STRING_SQLTYPE = Operation.method(CallableStatement.class, "registerOutParameter", String.class, SQLType.class);

	private static final Method REGISTER_OUT_PARAMETER_INT_INT_STRING = Operation.method(CallableStatement.class, "registerOutParameter", int.class, int.class, String.class);

	private static final Method REGISTER_OUT_PARAMETER_INT_INT_INT = Operation.method(CallableStatement.class, "registerOutParameter", int.class, int.class, int.class);

	private static final Method REGISTER_OUT_PARAMETER_INT_INT = Operation.method(CallableStatement.class, "registerOutParameter", int.class, int.class);

	private static final Method REGISTER_OUT_PARAMETER_INT_SQLTYPE_STRING = Operation.method(CallableStatement.class, "registerOutParameter", int.class, SQLType.class, String.class);

	private static final Method REGISTER_OUT_PARAMETER_INT_SQLTYPE_INT = Operation.method(CallableStatement.class, "registerOutParameter", int.class, SQLType.class, int.class);

	private static final Method REGISTER_OUT_PARAMETER_INT_SQLTYPE = Operation.method(CallableStatement.class, "registerOutParameter", int.class, SQLType.class);

	private static final Method SET_ASCII_STREAM_STRING_INPUTSTREAM_INT = Operation.method(CallableStatement.class, "setAsciiStream", String.class, InputStream.class, int.class);

	private static final Method SET_ASCII_STREAM_STRING_INPUTSTREAM_LONG = Operation.method(CallableStatement.class, "setAsciiStream", String.class, InputStream.class, long.class);

	private static final Method SET_ASCII_STREAM_STRING_INPUTSTREAM = Operation.method(CallableStatement.class, "setAsciiStream", String.class, InputStream.class);

	private static final Method SET_BIG_DECIMAL_STRING_BIGDECIMAL = Operation.method(CallableStatement.class, "setBigDecimal", String.class, BigDecimal.class);

	private static final Method SET_BINARY_STREAM_STRING_INPUTSTREAM_INT = Operation.method(CallableStatement.class, "setBinaryStream", String.class, InputStream.class, int.class);

	private static final Method SET_BINARY_STREAM_STRING_INPUTSTREAM_LONG = Operation.method(CallableStatement.class, "setBinaryStream", String.class, InputStream.class, long.class);

	private static final Method SET_BINARY_STREAM_STRING_INPUTSTREAM = Operation.method(CallableStatement.class, "setBinaryStream", String.class, InputStream.class);

	private static final Method SET_BLOB_STRING_INPUTSTREAM_LONG = Operation.method(CallableStatement.class, "setBlob", String.class, InputStream.class, long.class);

	private static final Method SET_BLOB_STRING_INPUTSTREAM = Operation.method(CallableStatement.class, "setBlob", String.class, InputStream.class);

	private static final Method SET_BLOB_STRING_BLOB = Operation.method(CallableStatement.class, "setBlob", String.class, Blob.class);

	private static final Method SET_BOOLEAN_STRING_BOOLEAN = Operation.method(CallableStatement.class, "setBoolean", String.class, boolean.class);

	private static final Method SET_BYTE_STRING_BYTE = Operation.method(CallableStatement.class, "setByte", String.class, byte.class);

	private static final Method SET_BYTES_STRING_BYTE_ARRAY = Operation.method(CallableStatement.class, "setBytes", String.class, byte[].class);

	private static final Method SET_CHARACTER_STREAM_STRING_READER_INT = Operation.method(CallableStatement.class, "setCharacterStream", String.class, Reader.class, int.class);

	private static final Method SET_CHARACTER_STREAM_STRING_READER_LONG = Operation.method(CallableStatement.class, "setCharacterStream", String.class, Reader.class, long.class);

	private static final Method SET_CHARACTER_STREAM_STRING_READER = Operation.method(CallableStatement.class, "setCharacterStream", String.class, Reader.class);

	private static final Method SET_CLOB_STRING_READER_LONG = Operation.method(CallableStatement.class, "setClob", String.class, Reader.class, long.class);

	private static final Method SET_CLOB_STRING_READER = Operation.method(CallableStatement.class, "setClob", String.class, Reader.class);

	private static final Method SET_CLOB_STRING_CLOB = Operation.method(CallableStatement.class, "setClob", String.class, Clob.class);

	private static final Method SET_DATE_STRING_DATE_CALENDAR = Operation.method(CallableStatement.class, "setDate", String.class, Date.class, Calendar.class);

	private static final Method SET_DATE_STRING_DATE = Operation.method(CallableStatement.class, "setDate", String.class, Date.class);

	private static final Method SET_DOUBLE_STRING_DOUBLE = Operation.method(CallableStatement.class, "setDouble", String.class, double.class);

	private static final Method SET_FLOAT_STRING_FLOAT = Operation.method(CallableStatement.class, "setFloat", String.class, float.class);

	private static final Method SET_INT_STRING_INT = Operation.method(CallableStatement.class, "setInt", String.class, int.class);

	private static final Method SET_LONG_STRING_LONG = Operation.method(CallableStatement.class, "setLong", String.class, long.class);

	private static final Method SET_NCHARACTER_STREAM_STRING_READER_LONG = Operation.method(CallableStatement.class, "setNCharacterStream", String.class, Reader.class, long.class);

	private static final Method SET_NCHARACTER_STREAM_STRING_READER = Operation.method(CallableStatement.class, "setNCharacterStream", String.class, Reader.class);

	private static final Method SET_NCLOB_STRING_READER_LONG = Operation.method(CallableStatement.class, "setNClob", String.class, Reader.class, long.class);

	private static final Method SET_NCLOB_STRING_READER = Operation.method(CallableStatement.class, "setNClob", String.class, Reader.class);

	private static final Method SET_NCLOB_STRING_NCLOB = Operation.method(CallableStatement.class, "setNClob", String.class, NClob.class);

	private static final Method SET_NSTRING_STRING_STRING = Operation.method(CallableStatement.class, "setNString", String.class, String.class);

	private static final Method SET_NULL_STRING_INT_STRING = Operation.method(CallableStatement.class, "setNull", String.class, int.class, String.class);

	private static final Method SET_NULL_STRING_INT = Operation.method(CallableStatement.class, "setNull", String.class, int.class);

	private static final Method SET_OBJECT_STRING_OBJECT_INT_INT = Operation.method(CallableStatement.class, "setObject", String.class, Object.class, int.class, int.class);

	private static final Method SET_OBJECT_STRING_OBJECT_INT = Operation.method(CallableStatement.class, "setObject", String.class, Object.class, int.class);

	private static final Method SET_OBJECT_STRING_OBJECT_SQLTYPE_INT = Operation.method(CallableStatement.class, "setObject", String.class, Object.class, SQLType.class, int.class);

	private static final Method SET_OBJECT_STRING_OBJECT_SQLTYPE = Operation.method(CallableStatement.class, "setObject", String.class, Object.class, SQLType.class);

	private static final Method SET_OBJECT_STRING_OBJECT = Operation.method(CallableStatement.class, "setObject", String.class, Object.class);

	private static final Method SET_ROW_ID_STRING_ROWID = Operation.method(CallableStatement.class, "setRowId", String.class, RowId.class);

	private static final Method SET_SQLXML_STRING_SQLXML = Operation.method(CallableStatement.class, "setSQLXML", String.class, SQLXML.class);

	private static final Method SET_SHORT_STRING_SHORT = Operation.method(CallableStatement.class, "setShort", String.class, short.class);

	private static final Method SET_STRING_STRING_STRING = Operation.method(CallableStatement.class, "setString", String.class, String.class);

	private static final Method SET_TIME_STRING_TIME_CALENDAR = Operation.method(CallableStatement.class, "setTime", String.class, Time.class, Calendar.class);

	private static final Method SET_TIME_STRING_TIME = Operation.method(CallableStatement.class, "setTime", String.class, Time.class);

	private static final Method SET_TIMESTAMP_STRING_TIMESTAMP_CALENDAR = Operation.method(CallableStatement.class, "setTimestamp", String.class, Timestamp.class, Calendar.class);

	private static final Method SET_TIMESTAMP_STRING_TIMESTAMP = Operation.method(CallableStatement.class, "setTimestamp", String.class, Timestamp.class);

	private static final Method SET_URL_STRING_URL = Operation.method(CallableStatement.class, "setURL", String.class, URL.class);

	private final CallableStatement target;

	// datasource-proxy never retrieves generated keys for a callable statement by itself.
	// Its listeners always get datasource-proxy's objects: out parameters and parameters
	// set by name are recorded as operations.
	CallableStatementProxy(CallableStatement target, String query, ConnectionInfo connectionInfo,
			Connection proxyConnection, ProxyConfig proxyConfig) {
		super(target, query, connectionInfo, proxyConnection, proxyConfig, false, null);
		this.target = target;
	}

	// ---- setters and out parameters (recorded) and everything else (straight to the target)

	@Override
	public Array getArray(String parameterName) throws SQLException {
		return this.target.getArray(parameterName);
	}

	@Override
	public Array getArray(int parameterIndex) throws SQLException {
		return this.target.getArray(parameterIndex);
	}

	@Override
	public BigDecimal getBigDecimal(String parameterName) throws SQLException {
		return this.target.getBigDecimal(parameterName);
	}

	@Override
	@Deprecated
	public BigDecimal getBigDecimal(int parameterIndex, int scale) throws SQLException {
		return this.target.getBigDecimal(parameterIndex, scale);
	}

	@Override
	public BigDecimal getBigDecimal(int parameterIndex) throws SQLException {
		return this.target.getBigDecimal(parameterIndex);
	}

	@Override
	public Blob getBlob(String parameterName) throws SQLException {
		return this.target.getBlob(parameterName);
	}

	@Override
	public Blob getBlob(int parameterIndex) throws SQLException {
		return this.target.getBlob(parameterIndex);
	}

	@Override
	public boolean getBoolean(String parameterName) throws SQLException {
		return this.target.getBoolean(parameterName);
	}

	@Override
	public boolean getBoolean(int parameterIndex) throws SQLException {
		return this.target.getBoolean(parameterIndex);
	}

	@Override
	public byte getByte(String parameterName) throws SQLException {
		return this.target.getByte(parameterName);
	}

	@Override
	public byte getByte(int parameterIndex) throws SQLException {
		return this.target.getByte(parameterIndex);
	}

	@Override
	public byte[] getBytes(String parameterName) throws SQLException {
		return this.target.getBytes(parameterName);
	}

	@Override
	public byte[] getBytes(int parameterIndex) throws SQLException {
		return this.target.getBytes(parameterIndex);
	}

	@Override
	public Reader getCharacterStream(String parameterName) throws SQLException {
		return this.target.getCharacterStream(parameterName);
	}

	@Override
	public Reader getCharacterStream(int parameterIndex) throws SQLException {
		return this.target.getCharacterStream(parameterIndex);
	}

	@Override
	public Clob getClob(String parameterName) throws SQLException {
		return this.target.getClob(parameterName);
	}

	@Override
	public Clob getClob(int parameterIndex) throws SQLException {
		return this.target.getClob(parameterIndex);
	}

	@Override
	public Date getDate(String parameterName, Calendar calendar) throws SQLException {
		return this.target.getDate(parameterName, calendar);
	}

	@Override
	public Date getDate(String parameterName) throws SQLException {
		return this.target.getDate(parameterName);
	}

	@Override
	public Date getDate(int parameterIndex, Calendar calendar) throws SQLException {
		return this.target.getDate(parameterIndex, calendar);
	}

	@Override
	public Date getDate(int parameterIndex) throws SQLException {
		return this.target.getDate(parameterIndex);
	}

	@Override
	public double getDouble(String parameterName) throws SQLException {
		return this.target.getDouble(parameterName);
	}

	@Override
	public double getDouble(int parameterIndex) throws SQLException {
		return this.target.getDouble(parameterIndex);
	}

	@Override
	public float getFloat(String parameterName) throws SQLException {
		return this.target.getFloat(parameterName);
	}

	@Override
	public float getFloat(int parameterIndex) throws SQLException {
		return this.target.getFloat(parameterIndex);
	}

	@Override
	public int getInt(String parameterName) throws SQLException {
		return this.target.getInt(parameterName);
	}

	@Override
	public int getInt(int parameterIndex) throws SQLException {
		return this.target.getInt(parameterIndex);
	}

	@Override
	public long getLong(String parameterName) throws SQLException {
		return this.target.getLong(parameterName);
	}

	@Override
	public long getLong(int parameterIndex) throws SQLException {
		return this.target.getLong(parameterIndex);
	}

	@Override
	public Reader getNCharacterStream(String parameterName) throws SQLException {
		return this.target.getNCharacterStream(parameterName);
	}

	@Override
	public Reader getNCharacterStream(int parameterIndex) throws SQLException {
		return this.target.getNCharacterStream(parameterIndex);
	}

	@Override
	public NClob getNClob(String parameterName) throws SQLException {
		return this.target.getNClob(parameterName);
	}

	@Override
	public NClob getNClob(int parameterIndex) throws SQLException {
		return this.target.getNClob(parameterIndex);
	}

	@Override
	public String getNString(String parameterName) throws SQLException {
		return this.target.getNString(parameterName);
	}

	@Override
	public String getNString(int parameterIndex) throws SQLException {
		return this.target.getNString(parameterIndex);
	}

	@Override
	public <T> T getObject(String parameterName, Class<T> type) throws SQLException {
		return this.target.getObject(parameterName, type);
	}

	@Override
	public Object getObject(String parameterName, Map<String, Class<?>> typeMap) throws SQLException {
		return this.target.getObject(parameterName, typeMap);
	}

	@Override
	public Object getObject(String parameterName) throws SQLException {
		return this.target.getObject(parameterName);
	}

	@Override
	public <T> T getObject(int parameterIndex, Class<T> type) throws SQLException {
		return this.target.getObject(parameterIndex, type);
	}

	@Override
	public Object getObject(int parameterIndex, Map<String, Class<?>> typeMap) throws SQLException {
		return this.target.getObject(parameterIndex, typeMap);
	}

	@Override
	public Object getObject(int parameterIndex) throws SQLException {
		return this.target.getObject(parameterIndex);
	}

	@Override
	public Ref getRef(String parameterName) throws SQLException {
		return this.target.getRef(parameterName);
	}

	@Override
	public Ref getRef(int parameterIndex) throws SQLException {
		return this.target.getRef(parameterIndex);
	}

	@Override
	public RowId getRowId(String parameterName) throws SQLException {
		return this.target.getRowId(parameterName);
	}

	@Override
	public RowId getRowId(int parameterIndex) throws SQLException {
		return this.target.getRowId(parameterIndex);
	}

	@Override
	public SQLXML getSQLXML(String parameterName) throws SQLException {
		return this.target.getSQLXML(parameterName);
	}

	@Override
	public SQLXML getSQLXML(int parameterIndex) throws SQLException {
		return this.target.getSQLXML(parameterIndex);
	}

	@Override
	public short getShort(String parameterName) throws SQLException {
		return this.target.getShort(parameterName);
	}

	@Override
	public short getShort(int parameterIndex) throws SQLException {
		return this.target.getShort(parameterIndex);
	}

	@Override
	public String getString(String parameterName) throws SQLException {
		return this.target.getString(parameterName);
	}

	@Override
	public String getString(int parameterIndex) throws SQLException {
		return this.target.getString(parameterIndex);
	}

	@Override
	public Time getTime(String parameterName, Calendar calendar) throws SQLException {
		return this.target.getTime(parameterName, calendar);
	}

	@Override
	public Time getTime(String parameterName) throws SQLException {
		return this.target.getTime(parameterName);
	}

	@Override
	public Time getTime(int parameterIndex, Calendar calendar) throws SQLException {
		return this.target.getTime(parameterIndex, calendar);
	}

	@Override
	public Time getTime(int parameterIndex) throws SQLException {
		return this.target.getTime(parameterIndex);
	}

	@Override
	public Timestamp getTimestamp(String parameterName, Calendar calendar) throws SQLException {
		return this.target.getTimestamp(parameterName, calendar);
	}

	@Override
	public Timestamp getTimestamp(String parameterName) throws SQLException {
		return this.target.getTimestamp(parameterName);
	}

	@Override
	public Timestamp getTimestamp(int parameterIndex, Calendar calendar) throws SQLException {
		return this.target.getTimestamp(parameterIndex, calendar);
	}

	@Override
	public Timestamp getTimestamp(int parameterIndex) throws SQLException {
		return this.target.getTimestamp(parameterIndex);
	}

	@Override
	public URL getURL(String parameterName) throws SQLException {
		return this.target.getURL(parameterName);
	}

	@Override
	public URL getURL(int parameterIndex) throws SQLException {
		return this.target.getURL(parameterIndex);
	}

	@Override
	public void registerOutParameter(String parameterName, int sqlType, String typeName) throws SQLException {
		record(REGISTER_OUT_PARAMETER_STRING_INT_STRING, new Object[] { parameterName, sqlType, typeName });
		this.target.registerOutParameter(parameterName, sqlType, typeName);
	}

	@Override
	public void registerOutParameter(String parameterName, int sqlType, int scale) throws SQLException {
		record(REGISTER_OUT_PARAMETER_STRING_INT_INT, new Object[] { parameterName, sqlType, scale });
		this.target.registerOutParameter(parameterName, sqlType, scale);
	}

	@Override
	public void registerOutParameter(String parameterName, int sqlType) throws SQLException {
		record(REGISTER_OUT_PARAMETER_STRING_INT, new Object[] { parameterName, sqlType });
		this.target.registerOutParameter(parameterName, sqlType);
	}

	@Override
	public void registerOutParameter(String parameterName, SQLType sqlType, String typeName) throws SQLException {
		record(REGISTER_OUT_PARAMETER_STRING_SQLTYPE_STRING, new Object[] { parameterName, sqlType, typeName });
		this.target.registerOutParameter(parameterName, sqlType, typeName);
	}

	@Override
	public void registerOutParameter(String parameterName, SQLType sqlType, int scale) throws SQLException {
		record(REGISTER_OUT_PARAMETER_STRING_SQLTYPE_INT, new Object[] { parameterName, sqlType, scale });
		this.target.registerOutParameter(parameterName, sqlType, scale);
	}

	@Override
	public void registerOutParameter(String parameterName, SQLType sqlType) throws SQLException {
		record(REGISTER_OUT_PARAMETER_STRING_SQLTYPE, new Object[] { parameterName, sqlType });
		this.target.registerOutParameter(parameterName, sqlType);
	}

	@Override
	public void registerOutParameter(int parameterIndex, int sqlType, String typeName) throws SQLException {
		record(REGISTER_OUT_PARAMETER_INT_INT_STRING, new Object[] { parameterIndex, sqlType, typeName });
		this.target.registerOutParameter(parameterIndex, sqlType, typeName);
	}

	@Override
	public void registerOutParameter(int parameterIndex, int sqlType, int scale) throws SQLException {
		record(REGISTER_OUT_PARAMETER_INT_INT_INT, new Object[] { parameterIndex, sqlType, scale });
		this.target.registerOutParameter(parameterIndex, sqlType, scale);
	}

	@Override
	public void registerOutParameter(int parameterIndex, int sqlType) throws SQLException {
		record(REGISTER_OUT_PARAMETER_INT_INT, new Object[] { parameterIndex, sqlType });
		this.target.registerOutParameter(parameterIndex, sqlType);
	}

	@Override
	public void registerOutParameter(int parameterIndex, SQLType sqlType, String typeName) throws SQLException {
		record(REGISTER_OUT_PARAMETER_INT_SQLTYPE_STRING, new Object[] { parameterIndex, sqlType, typeName });
		this.target.registerOutParameter(parameterIndex, sqlType, typeName);
	}

	@Override
	public void registerOutParameter(int parameterIndex, SQLType sqlType, int scale) throws SQLException {
		record(REGISTER_OUT_PARAMETER_INT_SQLTYPE_INT, new Object[] { parameterIndex, sqlType, scale });
		this.target.registerOutParameter(parameterIndex, sqlType, scale);
	}

	@Override
	public void registerOutParameter(int parameterIndex, SQLType sqlType) throws SQLException {
		record(REGISTER_OUT_PARAMETER_INT_SQLTYPE, new Object[] { parameterIndex, sqlType });
		this.target.registerOutParameter(parameterIndex, sqlType);
	}

	@Override
	public void setAsciiStream(String parameterName, InputStream x, int length) throws SQLException {
		record(SET_ASCII_STREAM_STRING_INPUTSTREAM_INT, new Object[] { parameterName, x, length });
		this.target.setAsciiStream(parameterName, x, length);
	}

	@Override
	public void setAsciiStream(String parameterName, InputStream x, long length) throws SQLException {
		record(SET_ASCII_STREAM_STRING_INPUTSTREAM_LONG, new Object[] { parameterName, x, length });
		this.target.setAsciiStream(parameterName, x, length);
	}

	@Override
	public void setAsciiStream(String parameterName, InputStream x) throws SQLException {
		record(SET_ASCII_STREAM_STRING_INPUTSTREAM, new Object[] { parameterName, x });
		this.target.setAsciiStream(parameterName, x);
	}

	@Override
	public void setBigDecimal(String parameterName, BigDecimal x) throws SQLException {
		record(SET_BIG_DECIMAL_STRING_BIGDECIMAL, new Object[] { parameterName, x });
		this.target.setBigDecimal(parameterName, x);
	}

	@Override
	public void setBinaryStream(String parameterName, InputStream x, int length) throws SQLException {
		record(SET_BINARY_STREAM_STRING_INPUTSTREAM_INT, new Object[] { parameterName, x, length });
		this.target.setBinaryStream(parameterName, x, length);
	}

	@Override
	public void setBinaryStream(String parameterName, InputStream x, long length) throws SQLException {
		record(SET_BINARY_STREAM_STRING_INPUTSTREAM_LONG, new Object[] { parameterName, x, length });
		this.target.setBinaryStream(parameterName, x, length);
	}

	@Override
	public void setBinaryStream(String parameterName, InputStream x) throws SQLException {
		record(SET_BINARY_STREAM_STRING_INPUTSTREAM, new Object[] { parameterName, x });
		this.target.setBinaryStream(parameterName, x);
	}

	@Override
	public void setBlob(String parameterName, InputStream x, long length) throws SQLException {
		record(SET_BLOB_STRING_INPUTSTREAM_LONG, new Object[] { parameterName, x, length });
		this.target.setBlob(parameterName, x, length);
	}

	@Override
	public void setBlob(String parameterName, InputStream x) throws SQLException {
		record(SET_BLOB_STRING_INPUTSTREAM, new Object[] { parameterName, x });
		this.target.setBlob(parameterName, x);
	}

	@Override
	public void setBlob(String parameterName, Blob x) throws SQLException {
		record(SET_BLOB_STRING_BLOB, new Object[] { parameterName, x });
		this.target.setBlob(parameterName, x);
	}

	@Override
	public void setBoolean(String parameterName, boolean x) throws SQLException {
		record(SET_BOOLEAN_STRING_BOOLEAN, new Object[] { parameterName, x });
		this.target.setBoolean(parameterName, x);
	}

	@Override
	public void setByte(String parameterName, byte x) throws SQLException {
		record(SET_BYTE_STRING_BYTE, new Object[] { parameterName, x });
		this.target.setByte(parameterName, x);
	}

	@Override
	public void setBytes(String parameterName, byte[] x) throws SQLException {
		record(SET_BYTES_STRING_BYTE_ARRAY, new Object[] { parameterName, x });
		this.target.setBytes(parameterName, x);
	}

	@Override
	public void setCharacterStream(String parameterName, Reader x, int length) throws SQLException {
		record(SET_CHARACTER_STREAM_STRING_READER_INT, new Object[] { parameterName, x, length });
		this.target.setCharacterStream(parameterName, x, length);
	}

	@Override
	public void setCharacterStream(String parameterName, Reader x, long length) throws SQLException {
		record(SET_CHARACTER_STREAM_STRING_READER_LONG, new Object[] { parameterName, x, length });
		this.target.setCharacterStream(parameterName, x, length);
	}

	@Override
	public void setCharacterStream(String parameterName, Reader x) throws SQLException {
		record(SET_CHARACTER_STREAM_STRING_READER, new Object[] { parameterName, x });
		this.target.setCharacterStream(parameterName, x);
	}

	@Override
	public void setClob(String parameterName, Reader x, long length) throws SQLException {
		record(SET_CLOB_STRING_READER_LONG, new Object[] { parameterName, x, length });
		this.target.setClob(parameterName, x, length);
	}

	@Override
	public void setClob(String parameterName, Reader x) throws SQLException {
		record(SET_CLOB_STRING_READER, new Object[] { parameterName, x });
		this.target.setClob(parameterName, x);
	}

	@Override
	public void setClob(String parameterName, Clob x) throws SQLException {
		record(SET_CLOB_STRING_CLOB, new Object[] { parameterName, x });
		this.target.setClob(parameterName, x);
	}

	@Override
	public void setDate(String parameterName, Date x, Calendar calendar) throws SQLException {
		record(SET_DATE_STRING_DATE_CALENDAR, new Object[] { parameterName, x, calendar });
		this.target.setDate(parameterName, x, calendar);
	}

	@Override
	public void setDate(String parameterName, Date x) throws SQLException {
		record(SET_DATE_STRING_DATE, new Object[] { parameterName, x });
		this.target.setDate(parameterName, x);
	}

	@Override
	public void setDouble(String parameterName, double x) throws SQLException {
		record(SET_DOUBLE_STRING_DOUBLE, new Object[] { parameterName, x });
		this.target.setDouble(parameterName, x);
	}

	@Override
	public void setFloat(String parameterName, float x) throws SQLException {
		record(SET_FLOAT_STRING_FLOAT, new Object[] { parameterName, x });
		this.target.setFloat(parameterName, x);
	}

	@Override
	public void setInt(String parameterName, int x) throws SQLException {
		record(SET_INT_STRING_INT, new Object[] { parameterName, x });
		this.target.setInt(parameterName, x);
	}

	@Override
	public void setLong(String parameterName, long x) throws SQLException {
		record(SET_LONG_STRING_LONG, new Object[] { parameterName, x });
		this.target.setLong(parameterName, x);
	}

	@Override
	public void setNCharacterStream(String parameterName, Reader x, long length) throws SQLException {
		record(SET_NCHARACTER_STREAM_STRING_READER_LONG, new Object[] { parameterName, x, length });
		this.target.setNCharacterStream(parameterName, x, length);
	}

	@Override
	public void setNCharacterStream(String parameterName, Reader x) throws SQLException {
		record(SET_NCHARACTER_STREAM_STRING_READER, new Object[] { parameterName, x });
		this.target.setNCharacterStream(parameterName, x);
	}

	@Override
	public void setNClob(String parameterName, Reader x, long length) throws SQLException {
		record(SET_NCLOB_STRING_READER_LONG, new Object[] { parameterName, x, length });
		this.target.setNClob(parameterName, x, length);
	}

	@Override
	public void setNClob(String parameterName, Reader x) throws SQLException {
		record(SET_NCLOB_STRING_READER, new Object[] { parameterName, x });
		this.target.setNClob(parameterName, x);
	}

	@Override
	public void setNClob(String parameterName, NClob x) throws SQLException {
		record(SET_NCLOB_STRING_NCLOB, new Object[] { parameterName, x });
		this.target.setNClob(parameterName, x);
	}

	@Override
	public void setNString(String parameterName, String x) throws SQLException {
		record(SET_NSTRING_STRING_STRING, new Object[] { parameterName, x });
		this.target.setNString(parameterName, x);
	}

	@Override
	public void setNull(String parameterName, int sqlType, String typeName) throws SQLException {
		record(SET_NULL_STRING_INT_STRING, new Object[] { parameterName, sqlType, typeName });
		this.target.setNull(parameterName, sqlType, typeName);
	}

	@Override
	public void setNull(String parameterName, int sqlType) throws SQLException {
		record(SET_NULL_STRING_INT, new Object[] { parameterName, sqlType });
		this.target.setNull(parameterName, sqlType);
	}

	@Override
	public void setObject(String parameterName, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
		record(SET_OBJECT_STRING_OBJECT_INT_INT, new Object[] { parameterName, x, targetSqlType, scaleOrLength });
		this.target.setObject(parameterName, x, targetSqlType, scaleOrLength);
	}

	@Override
	public void setObject(String parameterName, Object x, int targetSqlType) throws SQLException {
		record(SET_OBJECT_STRING_OBJECT_INT, new Object[] { parameterName, x, targetSqlType });
		this.target.setObject(parameterName, x, targetSqlType);
	}

	@Override
	public void setObject(String parameterName, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
		record(SET_OBJECT_STRING_OBJECT_SQLTYPE_INT, new Object[] { parameterName, x, targetSqlType, scaleOrLength });
		this.target.setObject(parameterName, x, targetSqlType, scaleOrLength);
	}

	@Override
	public void setObject(String parameterName, Object x, SQLType targetSqlType) throws SQLException {
		record(SET_OBJECT_STRING_OBJECT_SQLTYPE, new Object[] { parameterName, x, targetSqlType });
		this.target.setObject(parameterName, x, targetSqlType);
	}

	@Override
	public void setObject(String parameterName, Object x) throws SQLException {
		record(SET_OBJECT_STRING_OBJECT, new Object[] { parameterName, x });
		this.target.setObject(parameterName, x);
	}

	@Override
	public void setRowId(String parameterName, RowId x) throws SQLException {
		record(SET_ROW_ID_STRING_ROWID, new Object[] { parameterName, x });
		this.target.setRowId(parameterName, x);
	}

	@Override
	public void setSQLXML(String parameterName, SQLXML x) throws SQLException {
		record(SET_SQLXML_STRING_SQLXML, new Object[] { parameterName, x });
		this.target.setSQLXML(parameterName, x);
	}

	@Override
	public void setShort(String parameterName, short x) throws SQLException {
		record(SET_SHORT_STRING_SHORT, new Object[] { parameterName, x });
		this.target.setShort(parameterName, x);
	}

	@Override
	public void setString(String parameterName, String x) throws SQLException {
		record(SET_STRING_STRING_STRING, new Object[] { parameterName, x });
		this.target.setString(parameterName, x);
	}

	@Override
	public void setTime(String parameterName, Time x, Calendar calendar) throws SQLException {
		record(SET_TIME_STRING_TIME_CALENDAR, new Object[] { parameterName, x, calendar });
		this.target.setTime(parameterName, x, calendar);
	}

	@Override
	public void setTime(String parameterName, Time x) throws SQLException {
		record(SET_TIME_STRING_TIME, new Object[] { parameterName, x });
		this.target.setTime(parameterName, x);
	}

	@Override
	public void setTimestamp(String parameterName, Timestamp x, Calendar calendar) throws SQLException {
		record(SET_TIMESTAMP_STRING_TIMESTAMP_CALENDAR, new Object[] { parameterName, x, calendar });
		this.target.setTimestamp(parameterName, x, calendar);
	}

	@Override
	public void setTimestamp(String parameterName, Timestamp x) throws SQLException {
		record(SET_TIMESTAMP_STRING_TIMESTAMP, new Object[] { parameterName, x });
		this.target.setTimestamp(parameterName, x);
	}

	@Override
	public void setURL(String parameterName, URL x) throws SQLException {
		record(SET_URL_STRING_URL, new Object[] { parameterName, x });
		this.target.setURL(parameterName, x);
	}

	@Override
	public boolean wasNull() throws SQLException {
		return this.target.wasNull();
	}
}
