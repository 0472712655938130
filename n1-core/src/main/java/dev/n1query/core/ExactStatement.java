package dev.n1query.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * One execution's SQL text and values, kept to tell exact repeats apart: compared as values,
 * never trusted to a hash alone. What is small is kept as it is (the text up to
 * {@link ParameterValues#MAX_SQL_LENGTH} characters, values up to {@value #KEPT_VALUE_LENGTH}
 * characters or bytes, up to {@value #KEPT_VALUE_CHARS} characters of values in all); what
 * is beyond is compared by its SHA-256 digest, so memory stays bounded whatever the
 * application sends. Streams, LOBs and objects of unknown types never equal anything.
 */
final class ExactStatement {

	/** Longest value (characters of a string, bytes of an array) kept as it is. */
	static final int KEPT_VALUE_LENGTH = 200;

	/** The most characters of values one statement keeps; the rest is digested. */
	static final int KEPT_VALUE_CHARS = 1_000;

	/** What a number, date or other small value counts against {@link #KEPT_VALUE_CHARS}. */
	private static final int SMALL_VALUE_CHARS = 8;

	/** Stands for a value folded into the digest. */
	private static final Object DIGESTED = new Object();

	/** Stands for a value that never equals another (a stream, a LOB, an unknown type). */
	private static final Object NEVER_EQUAL = new Object();

	/** The text, cut to {@link ParameterValues#MAX_SQL_LENGTH} characters. */
	final String sql;

	final long hash;

	private final int sqlLength;

	private final Object[] values;

	private final byte[] digest;

	private final boolean neverEqual;

	private ExactStatement(String sql, int sqlLength, Object[] values, byte[] digest, boolean neverEqual, long hash) {
		this.sql = sql;
		this.sqlLength = sqlLength;
		this.values = values;
		this.digest = digest;
		this.neverEqual = neverEqual;
		this.hash = hash;
	}

	/**
	 * Keeps an execution.
	 * @param sql the whole text
	 * @param cutSql the text cut to {@link ParameterValues#MAX_SQL_LENGTH}, shared with the
	 * scope's other copies
	 * @param values the values
	 * @param hash {@link #hash(String, List)} of both
	 * @return the kept execution
	 */
	static ExactStatement of(String sql, String cutSql, List<Object> values, long hash) {
		int count = (values != null) ? values.size() : 0;
		Object[] kept = new Object[count];
		boolean neverEqual = false;
		boolean digested = sql.length() > ParameterValues.MAX_SQL_LENGTH;
		int budget = KEPT_VALUE_CHARS;
		for (int i = 0; i < count; i++) {
			Object value = values.get(i);
			int cost = keptCost(value);
			if (cost < 0) {
				kept[i] = NEVER_EQUAL;
				neverEqual = true;
			}
			else if (cost <= budget) {
				kept[i] = keptForm(value);
				budget -= cost;
			}
			else {
				kept[i] = DIGESTED;
				digested = true;
			}
		}
		byte[] digest = (digested && !neverEqual) ? digest(sql, values, kept) : null;
		return new ExactStatement(cutSql, sql.length(), kept, digest, neverEqual, hash);
	}

	/**
	 * A cheap hash of a text and its values, equal for equal executions: a first filter,
	 * {@link #matches} decides.
	 * @param sql the text
	 * @param values the values
	 * @return the hash
	 */
	static long hash(String sql, List<Object> values) {
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
		if (keptCost(value) >= 0) {
			return value.hashCode();
		}
		return System.identityHashCode(value);
	}

	/** Characters retained (besides the text), to keep a scope's store within its budget. */
	int retainedChars() {
		int chars = 128 + this.values.length; // the objects around the values, about 250 bytes
		for (Object value : this.values) {
			chars += (value instanceof String text) ? text.length()
					: (value instanceof byte[] bytes) ? bytes.length / 2 : 0;
		}
		return chars + ((this.digest != null) ? 16 : 0);
	}

	/** Whether this execution can equal another one at all. */
	boolean canRepeat() {
		return !this.neverEqual;
	}

	/**
	 * Whether the given execution has the same text and values.
	 * @param sql the whole text
	 * @param values the values
	 * @param hash {@link #hash(String, List)} of both
	 * @return whether they are equal
	 */
	boolean matches(String sql, List<Object> values, long hash) {
		int count = (values != null) ? values.size() : 0;
		if (this.neverEqual || hash != this.hash || sql.length() != this.sqlLength || count != this.values.length) {
			return false;
		}
		if ((this.digest == null) ? !this.sql.equals(sql)
				: !sql.regionMatches(0, this.sql, 0, Math.min(sql.length(), ParameterValues.MAX_SQL_LENGTH))) {
			return false;
		}
		for (int i = 0; i < count; i++) {
			Object kept = this.values[i];
			if (kept != DIGESTED && !sameValue(kept, values.get(i))) {
				return false;
			}
		}
		return this.digest == null || Arrays.equals(this.digest, digest(sql, values, this.values));
	}

	private static boolean sameValue(Object kept, Object value) {
		if (kept == null || value == null) {
			return kept == value;
		}
		if (kept instanceof byte[] keptBytes) {
			return value instanceof byte[] bytes && Arrays.equals(keptBytes, bytes);
		}
		return kept.getClass() == value.getClass() && kept.equals(value);
	}

	/**
	 * What keeping a value costs in characters, or -1 for values that are never equal:
	 * streams, LOBs and objects of types whose equality N1 cannot trust.
	 */
	private static int keptCost(Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof String text) {
			return (text.length() <= KEPT_VALUE_LENGTH) ? text.length() : Integer.MAX_VALUE;
		}
		if (value instanceof byte[] bytes) {
			return (bytes.length <= KEPT_VALUE_LENGTH) ? bytes.length / 2 + 1 : Integer.MAX_VALUE;
		}
		if (ParameterValues.isSmallImmutable(value) || value instanceof Enum || value instanceof Date) {
			return SMALL_VALUE_CHARS; // a Date is kept as a copy
		}
		if (value instanceof BigDecimal || value instanceof BigInteger) {
			return Integer.MAX_VALUE; // large (or a subclass): digested, from its bytes rather than its text
		}
		return -1;
	}

	private static Object keptForm(Object value) {
		if (value instanceof byte[] bytes) {
			return bytes.clone();
		}
		if (value instanceof Date date) {
			return date.clone(); // mutable
		}
		return value;
	}

	/** SHA-256 of the whole text and of the values not kept as they are. */
	private static byte[] digest(String sql, List<Object> values, Object[] kept) {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
		update(sha, sql);
		for (int i = 0; i < kept.length; i++) {
			if (kept[i] == DIGESTED) {
				Object value = values.get(i);
				sha.update(intBytes(i));
				if (value instanceof byte[] bytes) {
					sha.update((byte) 'b');
					sha.update(intBytes(bytes.length));
					sha.update(bytes);
				}
				else if (value instanceof String text) {
					sha.update((byte) 's');
					update(sha, text);
				}
				else if (value instanceof BigInteger big) {
					sha.update((byte) 'i');
					update(sha, value.getClass().getName());
					sha.update(big.toByteArray());
				}
				else if (value instanceof BigDecimal big) {
					sha.update((byte) 'd'); // equal as BigDecimal.equals: unscaled value and scale
					update(sha, value.getClass().getName());
					sha.update(intBytes(big.scale()));
					sha.update(big.unscaledValue().toByteArray());
				}
				else {
					sha.update((byte) 'o');
					update(sha, value.getClass().getName());
					update(sha, (value instanceof java.sql.Timestamp timestamp)
							? timestamp.getTime() + "." + timestamp.getNanos()
							: (value instanceof Date date) ? Long.toString(date.getTime()) : value.toString());
				}
			}
		}
		return sha.digest();
	}

	private static void update(MessageDigest sha, String text) {
		sha.update(intBytes(text.length()));
		byte[] buffer = new byte[Math.min(text.length(), 4096) * 2];
		for (int start = 0; start < text.length(); start += 4096) {
			int end = Math.min(text.length(), start + 4096);
			int n = 0;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				buffer[n++] = (byte) (c >> 8);
				buffer[n++] = (byte) c;
			}
			sha.update(buffer, 0, n);
		}
	}

	private static byte[] intBytes(int value) {
		return new byte[] { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}

}
