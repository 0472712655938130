package dev.n1query.core;

/**
 * Hides the values a statement carries where parameter values are masked: the literals
 * of string-built SQL (found where the fingerprinter finds them) and the values database
 * error messages quote.
 */
public final class ValueMasking {

	/** What stands for a hidden value. */
	public static final String MASK = "******";

	private ValueMasking() {
	}

	/**
	 * Replaces the literals of a statement (strings, numbers, booleans, hex, dollar-quoted
	 * text) by {@value #MASK}; keywords, identifiers, bind markers and comments stay.
	 * @param sql the statement text, may be {@code null}
	 * @return the masked text
	 */
	public static String sql(String sql) {
		return SqlFingerprinter.maskLiterals(sql, MASK);
	}

	/**
	 * Masks what a database error message may quote of the data: everything within single,
	 * double or back quotes (H2 and MySQL quote values, and names, that way), numbers, and
	 * the parenthesised values after {@code =}, {@code contains} or {@code is}
	 * (PostgreSQL's {@code Key (email)=(…)}, {@code Failing row contains (…)}, SQL Server's
	 * {@code The duplicate key value is (…)}). Names in quotes are masked too: telling them
	 * from values is guesswork.
	 * @param message the message, may be {@code null}
	 * @return the masked message
	 */
	public static String errorMessage(String message) {
		if (message == null || message.isEmpty()) {
			return message;
		}
		StringBuilder masked = new StringBuilder(message.length());
		int length = message.length();
		int i = 0;
		while (i < length) {
			char c = message.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				int close = closingQuote(message, i + 1, c);
				masked.append(c).append(MASK);
				if (close < length) {
					masked.append(c);
				}
				i = close + 1;
			}
			else if (c == '(' && followsValueMarker(masked)) {
				int close = closingParenthesis(message, i + 1);
				masked.append('(').append(MASK);
				if (close < length) {
					masked.append(')');
				}
				i = close + 1;
			}
			else if (Character.isDigit(c) && !continuesWord(masked)) {
				while (i < length && (Character.isLetterOrDigit(message.charAt(i)) || message.charAt(i) == '.')) {
					i++;
				}
				masked.append(MASK);
			}
			else {
				masked.append(c);
				i++;
			}
		}
		return masked.toString();
	}

	private static int closingQuote(String text, int from, char quote) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == quote) {
				if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
					i++; // a doubled quote stands for one inside
				}
				else {
					return i;
				}
			}
		}
		return text.length();
	}

	private static int closingParenthesis(String text, int from) {
		int depth = 1;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return text.length();
	}

	// The text before a parenthesis, white space aside, ends with =, "contains" or "is".
	private static boolean followsValueMarker(StringBuilder before) {
		int end = before.length();
		while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
			end--;
		}
		if (end > 0 && before.charAt(end - 1) == '=') {
			return true;
		}
		return endsWithWord(before, end, "contains") || endsWithWord(before, end, "is");
	}

	private static boolean endsWithWord(StringBuilder text, int end, String word) {
		int start = end - word.length();
		if (start < 0 || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (Character.toLowerCase(text.charAt(start + i)) != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean continuesWord(StringBuilder before) {
		if (before.isEmpty()) {
			return false;
		}
		char previous = before.charAt(before.length() - 1);
		return Character.isLetterOrDigit(previous) || previous == '_' || previous == '$';
	}

}
