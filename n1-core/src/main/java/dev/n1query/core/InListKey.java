package dev.n1query.core;

import java.util.List;

/**
 * The content of a statement's {@code IN (…)} lists, as one 64-bit key: the literals written
 * in them and the values bound to their markers. A batched load changes it from one execution
 * to the next (other ids, another count); a constant filter ({@code status in ('OPEN','PAID')})
 * keeps it. One pass over the text, no allocation; computed only for statements whose
 * fingerprint has an {@code IN} list of several values.
 */
final class InListKey {

	private InListKey() {
	}

	static long of(String sql, List<Object> parameters) {
		if (sql == null) {
			return 0;
		}
		long key = 17;
		int length = sql.length();
		int bindIndex = 0;
		int inListDepth = 0; // > 0 inside an IN list: the parenthesis depth within it
		boolean afterIn = false;
		for (int i = 0; i < length; i++) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				int end = i + 1;
				while (end < length && sql.charAt(end) != c) {
					end++;
				}
				if (inListDepth > 0) {
					for (int k = i; k < Math.min(end + 1, length); k++) {
						key = key * 31 + sql.charAt(k);
					}
				}
				i = end;
				afterIn = false;
			}
			else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				while (i < length && sql.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? length : end + 1;
			}
			else if (c == '?') {
				if (inListDepth > 0) {
					key = key * 1_000_003L + valueHash(parameters, bindIndex);
				}
				bindIndex++;
				afterIn = false;
			}
			else if (c == '(') {
				if (inListDepth > 0) {
					inListDepth++;
				}
				else if (afterIn) {
					inListDepth = 1;
					key = key * 31 + '(';
				}
				afterIn = false;
			}
			else if (c == ')') {
				if (inListDepth > 0) {
					inListDepth--;
					key = key * 31 + ')';
				}
				afterIn = false;
			}
			else if (isWordChar(c)) {
				int end = i;
				while (end < length && isWordChar(sql.charAt(end))) {
					end++;
				}
				if (inListDepth > 0) {
					for (int k = i; k < end; k++) {
						key = key * 31 + sql.charAt(k);
					}
				}
				afterIn = (end - i == 2) && (sql.charAt(i) | 0x20) == 'i' && (sql.charAt(i + 1) | 0x20) == 'n';
				i = end - 1;
			}
			else if (!Character.isWhitespace(c)) {
				if (inListDepth > 0) {
					key = key * 31 + c;
				}
				afterIn = false;
			}
		}
		return key;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
	}

	private static int valueHash(List<Object> parameters, int index) {
		if (parameters == null || index >= parameters.size()) {
			return -1;
		}
		Object value = parameters.get(index);
		if (value == null) {
			return 0;
		}
		if (value instanceof CharSequence text) {
			return text.toString().hashCode();
		}
		if (value instanceof Number || value instanceof Boolean
				|| value instanceof Character || value instanceof Enum || value instanceof java.util.UUID
				|| value instanceof java.time.temporal.Temporal || value instanceof java.util.Date) {
			return value.hashCode();
		}
		// Never read a stream or LOB the application still needs: its type is all N1 looks at.
		return value.getClass().hashCode();
	}

}
