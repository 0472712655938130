package dev.n1query.core;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders bound parameter values as short, safe strings for reports, without ever reading
 * a stream or LOB the application still needs.
 */
public final class ParameterValues {

	/** Longest SQL text kept in a stored statement. */
	public static final int MAX_SQL_LENGTH = 10_000;

	/** Longest rendering of one parameter value. */
	public static final int MAX_VALUE_LENGTH = 200;

	/**
	 * The most values rendered (and kept for EXPLAIN) per statement; more are summed up in
	 * one last entry such as {@code … 4,900 more}.
	 */
	public static final int MAX_VALUES = 100;

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
		if (values.size() == 1) {
			return List.of(render(values.get(0))); // the common case, without an array
		}
		int shown = Math.min(values.size(), MAX_VALUES);
		String[] rendered = new String[(shown < values.size()) ? shown + 1 : shown];
		for (int i = 0; i < shown; i++) {
			rendered[i] = render(values.get(i));
		}
		if (shown < values.size()) {
			rendered[shown] = String.format(java.util.Locale.ROOT, "… %,d more", values.size() - shown);
		}
		return List.of(rendered);
	}

	/**
	 * Keeps the values of simple, immutable types (numbers, strings up to
	 * {@value #MAX_VALUE_LENGTH} characters, booleans, dates and times, UUIDs) and
	 * replaces any other by {@code null}: enough to run EXPLAIN again, never a stream. At
	 * most {@value #MAX_VALUES} values are kept.
	 * @param values the parameter values
	 * @return the simple values, in order
	 */
	public static List<Object> simpleValues(List<Object> values) {
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		List<Object> simple = new ArrayList<>(Math.min(values.size(), MAX_VALUES));
		for (Object value : values.subList(0, Math.min(values.size(), MAX_VALUES))) {
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

	static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max) + "…";
	}

}
