package dev.n1query.core;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders bound parameter values as short, safe strings for reports, and hashes them to
 * tell identical executions apart, without ever reading a stream or LOB the application
 * still needs.
 */
public final class ParameterValues {

	/** Longest SQL text kept in a stored statement. */
	public static final int MAX_SQL_LENGTH = 10_000;

	/** Longest rendering of one parameter value. */
	public static final int MAX_VALUE_LENGTH = 200;

	private ParameterValues() {
	}

	/**
	 * Renders the given values.
	 * @param values the parameter values
	 * @return one short string per value
	 */
	public static List<String> render(List<Object> values) {
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		String[] rendered = new String[values.size()];
		for (int i = 0; i < rendered.length; i++) {
			rendered[i] = render(values.get(i));
		}
		return List.of(rendered);
	}

	/**
	 * Keeps the values of simple, immutable types (numbers, strings up to
	 * {@value #MAX_VALUE_LENGTH} characters, booleans, dates and times, UUIDs) and
	 * replaces any other by {@code null}: enough to run EXPLAIN again, never a stream.
	 * @param values the parameter values
	 * @return the simple values, in order
	 */
	public static List<Object> simpleValues(List<Object> values) {
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		List<Object> simple = new ArrayList<>(values.size());
		for (Object value : values) {
			boolean keep = value instanceof Number || value instanceof Boolean || value instanceof java.util.UUID
					|| value instanceof java.time.temporal.Temporal || value instanceof java.util.Date
					|| (value instanceof String text && text.length() <= MAX_VALUE_LENGTH);
			simple.add(keep ? value : null);
		}
		return java.util.Collections.unmodifiableList(simple);
	}

	static String render(Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof CharSequence text) {
			return "'" + cut(text.toString(), MAX_VALUE_LENGTH - 2) + "'";
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof java.time.temporal.Temporal
				|| value instanceof java.util.Date || value instanceof java.util.UUID || value instanceof Enum) {
			return cut(value.toString(), MAX_VALUE_LENGTH);
		}
		if (value instanceof byte[] bytes) {
			return "byte[" + bytes.length + "]";
		}
		if (value instanceof InputStream) {
			return "<InputStream>";
		}
		if (value instanceof Reader) {
			return "<Reader>";
		}
		if (value instanceof java.sql.Blob) {
			return "<Blob>";
		}
		if (value instanceof java.sql.Clob) {
			return "<Clob>";
		}
		if (value instanceof java.sql.Array) {
			return "<Array>";
		}
		if (value instanceof java.sql.SQLXML) {
			return "<SQLXML>";
		}
		if (value instanceof Object[] array) {
			return "array[" + array.length + "]";
		}
		try {
			return cut(String.valueOf(value), MAX_VALUE_LENGTH);
		}
		catch (RuntimeException ex) {
			return "<" + value.getClass().getName() + ">"; // its toString failed
		}
	}

	/**
	 * Hashes the SQL text and its values to recognise exact repeats.
	 * @param sql the statement text
	 * @param values the parameter values
	 * @return a 64-bit hash
	 */
	static long exactHash(String sql, List<Object> values) {
		long hash = ((long) sql.hashCode() << 32) ^ sql.length();
		if (values != null) {
			for (Object value : values) {
				hash = hash * 1_000_003L + valueHash(value);
			}
		}
		return hash;
	}

	private static int valueHash(Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof byte[] bytes) {
			return Arrays.hashCode(Arrays.copyOf(bytes, Math.min(bytes.length, 64))) * 31 + bytes.length;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof java.time.temporal.Temporal || value instanceof java.util.Date
				|| value instanceof java.util.UUID || value instanceof Enum) {
			return value.hashCode();
		}
		// Streams, LOBs and unknown types: never assume two of them are equal.
		return System.identityHashCode(value);
	}

	static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max) + "…";
	}

}
