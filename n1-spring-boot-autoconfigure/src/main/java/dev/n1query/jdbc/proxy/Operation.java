package dev.n1query.jdbc.proxy;

import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import net.ttddyy.dsproxy.ExecutionInfo;

/**
 * One JDBC execute method: the {@link Method} datasource-proxy's listeners see in
 * {@link ExecutionInfo#getMethod()} (looked up once; the same object a JDK proxy of the
 * interface passes), what it returns, and the direct call to the target. The calls are
 * lambdas that capture nothing, so running one allocates nothing.
 */
final class Operation {

	static final Operation EXECUTE_STRING = of(Statement.class, "execute", (t, sql, a) -> t.execute(sql),
			String.class);

	static final Operation EXECUTE_STRING_INT = of(Statement.class, "execute",
			(t, sql, a) -> t.execute(sql, (Integer) a), String.class, int.class);

	static final Operation EXECUTE_STRING_INT_ARRAY = of(Statement.class, "execute",
			(t, sql, a) -> t.execute(sql, (int[]) a), String.class, int[].class);

	static final Operation EXECUTE_STRING_STRING_ARRAY = of(Statement.class, "execute",
			(t, sql, a) -> t.execute(sql, (String[]) a), String.class, String[].class);

	static final Operation EXECUTE_QUERY_STRING = of(Statement.class, "executeQuery",
			(t, sql, a) -> t.executeQuery(sql), String.class);

	static final Operation EXECUTE_UPDATE_STRING = of(Statement.class, "executeUpdate",
			(t, sql, a) -> t.executeUpdate(sql), String.class);

	static final Operation EXECUTE_UPDATE_STRING_INT = of(Statement.class, "executeUpdate",
			(t, sql, a) -> t.executeUpdate(sql, (Integer) a), String.class, int.class);

	static final Operation EXECUTE_UPDATE_STRING_INT_ARRAY = of(Statement.class, "executeUpdate",
			(t, sql, a) -> t.executeUpdate(sql, (int[]) a), String.class, int[].class);

	static final Operation EXECUTE_UPDATE_STRING_STRING_ARRAY = of(Statement.class, "executeUpdate",
			(t, sql, a) -> t.executeUpdate(sql, (String[]) a), String.class, String[].class);

	static final Operation EXECUTE_LARGE_UPDATE_STRING = of(Statement.class, "executeLargeUpdate",
			(t, sql, a) -> t.executeLargeUpdate(sql), String.class);

	static final Operation EXECUTE_LARGE_UPDATE_STRING_INT = of(Statement.class, "executeLargeUpdate",
			(t, sql, a) -> t.executeLargeUpdate(sql, (Integer) a), String.class, int.class);

	static final Operation EXECUTE_LARGE_UPDATE_STRING_INT_ARRAY = of(Statement.class, "executeLargeUpdate",
			(t, sql, a) -> t.executeLargeUpdate(sql, (int[]) a), String.class, int[].class);

	static final Operation EXECUTE_LARGE_UPDATE_STRING_STRING_ARRAY = of(Statement.class, "executeLargeUpdate",
			(t, sql, a) -> t.executeLargeUpdate(sql, (String[]) a), String.class, String[].class);

	static final Operation EXECUTE_BATCH = of(Statement.class, "executeBatch", (t, sql, a) -> t.executeBatch());

	static final Operation EXECUTE_LARGE_BATCH = of(Statement.class, "executeLargeBatch",
			(t, sql, a) -> t.executeLargeBatch());

	static final Operation EXECUTE = of(PreparedStatement.class, "execute",
			(t, sql, a) -> ((PreparedStatement) t).execute());

	static final Operation EXECUTE_QUERY = of(PreparedStatement.class, "executeQuery",
			(t, sql, a) -> ((PreparedStatement) t).executeQuery());

	static final Operation EXECUTE_UPDATE = of(PreparedStatement.class, "executeUpdate",
			(t, sql, a) -> ((PreparedStatement) t).executeUpdate());

	static final Operation EXECUTE_LARGE_UPDATE = of(PreparedStatement.class, "executeLargeUpdate",
			(t, sql, a) -> ((PreparedStatement) t).executeLargeUpdate());

	/** The method reported to listeners. */
	final Method method;

	/** Whether it returns a ResultSet, proxied when the configuration asks for it. */
	final boolean returnsResultSet;

	/**
	 * Whether it may retrieve generated keys (datasource-proxy's
	 * {@code GeneratedKeysUtils}: every execute method but {@code executeQuery}).
	 */
	final boolean mayRetrieveKeys;

	final Call call;

	private Operation(Method method, Call call) {
		this.method = method;
		this.returnsResultSet = method.getName().equals("executeQuery");
		this.mayRetrieveKeys = !this.returnsResultSet;
		this.call = call;
	}

	private static Operation of(Class<?> type, String name, Call call, Class<?>... parameterTypes) {
		return new Operation(method(type, name, parameterTypes), call);
	}

	static Method method(Class<?> type, String name, Class<?>... parameterTypes) {
		try {
			return type.getMethod(name, parameterTypes);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("No JDBC method " + type.getName() + "." + name, ex);
		}
	}

	/** The direct call of the method on the target statement. */
	@FunctionalInterface
	interface Call {

		/**
		 * Runs the method.
		 * @param target the statement
		 * @param sql the SQL argument, when the method takes one
		 * @param argument the second argument, when the method takes one
		 * @return what the method returns, boxed
		 * @throws SQLException what the method throws
		 */
		Object run(Statement target, String sql, Object argument) throws SQLException;

	}

}
