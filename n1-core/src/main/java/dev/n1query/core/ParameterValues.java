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

	/** Bits of the largest big number kept as it is (about 150 decimal digits). */
	private static final int MAX_NUMBER_BITS = 500;

	private ParameterValues() {
	}

	/**
	 * Renders the given values. Values whose text can never change (numbers, booleans,
	 * UUIDs, {@code java.time} values, short strings) are kept as they are and rendered when
	 * the list is read: most stored statements are never shown, and rendering each one as it
	 * ran was a tenth of what N1 spends on a statement. Others are rendered now, so that
	 * nothing the application may change or still needs is kept.
	 * @param values the parameter values
	 * @return one short string per value
	 */
	public static List<String> render(List<Object> values) {
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		int shown = Math.min(values.size(), MAX_VALUES);
		Object[] kept = new Object[(shown < values.size()) ? shown + 1 : shown];
		for (int i = 0; i < shown; i++) {
			Object value = values.get(i);
			kept[i] = rendersTheSameLater(value) ? value : new Rendered(render(value));
		}
		if (shown < values.size()) {
			kept[shown] = new Rendered(String.format(java.util.Locale.ROOT, "… %,d more", values.size() - shown));
		}
		return new RenderedValues(kept);
	}

	// Strings short enough to be kept whole, and small immutable values.
	private static boolean rendersTheSameLater(Object value) {
		if (value instanceof String text) {
			return text.length() <= MAX_VALUE_LENGTH - 2;
		}
		return value == null || isSmallImmutable(value);
	}

	/**
	 * Whether a value never changes and stays small, so it can be kept as it is: boxed
	 * primitives, UUIDs, {@code java.time} values, and {@code BigDecimal} or
	 * {@code BigInteger} themselves (not subclasses) up to about 150 digits. A big number
	 * can be any size, and its text takes time to build.
	 * @param value the value, not {@code null}
	 * @return whether it is small and immutable
	 */
	static boolean isSmallImmutable(Object value) {
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
				|| value instanceof Double || value instanceof Float || value instanceof Boolean
				|| value instanceof Character || value instanceof java.util.UUID) {
			return true;
		}
		if (value instanceof java.math.BigInteger big) {
			return big.getClass() == java.math.BigInteger.class && big.bitLength() <= MAX_NUMBER_BITS;
		}
		if (value instanceof java.math.BigDecimal big) {
			return big.getClass() == java.math.BigDecimal.class
					&& big.unscaledValue().bitLength() <= MAX_NUMBER_BITS;
		}
		return value.getClass().getName().startsWith("java.time.");
	}

	/** A value rendered already. */
	private record Rendered(String text) {
	}

	/** Values as {@link #render(Object)} shows them, each rendered when read. */
	private static final class RenderedValues extends java.util.AbstractList<String> implements java.util.RandomAccess {

		private final Object[] values;

		RenderedValues(Object[] values) {
			this.values = values;
		}

		@Override
		public String get(int index) {
			Object value = this.values[index];
			return (value instanceof Rendered rendered) ? rendered.text() : render(value);
		}

		@Override
		public int size() {
			return this.values.length;
		}

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
