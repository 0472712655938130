package dev.n1query.overlay;

/**
 * Shortens SQL for the panel so it stays fast: {@code IN} lists longer than
 * {@value #MAX_IN_ITEMS} items keep their first items and say how many more there were;
 * statements longer than {@value #MAX_LENGTH} characters are cut.
 */
final class SqlForDisplay {

	static final int MAX_IN_ITEMS = 10;

	static final int MAX_LENGTH = 5_000;

	private SqlForDisplay() {
	}

	static String shorten(String sql) {
		if (sql == null) {
			return "";
		}
		String collapsed = collapseInLists(sql);
		if (collapsed.length() > MAX_LENGTH) {
			return collapsed.substring(0, MAX_LENGTH) + " … (" + (collapsed.length() - MAX_LENGTH)
					+ " more characters)";
		}
		return collapsed;
	}

	private static String collapseInLists(String sql) {
		StringBuilder out = null;
		int copiedUpTo = 0;
		int searchFrom = 0;
		while (true) {
			int open = indexOfInList(sql, searchFrom);
			if (open < 0) {
				break;
			}
			int items = 1;
			int cutAt = -1;
			int close = -1;
			boolean quoted = false;
			for (int i = open + 1; i < sql.length(); i++) {
				char c = sql.charAt(i);
				if (c == '\'') {
					quoted = !quoted;
				}
				else if (!quoted && c == '(') {
					break; // a sub-query, not a list
				}
				else if (!quoted && c == ',') {
					items++;
					if (items == MAX_IN_ITEMS + 1) {
						cutAt = i;
					}
				}
				else if (!quoted && c == ')') {
					close = i;
					break;
				}
			}
			if (close > 0 && cutAt > 0) {
				out = (out != null) ? out : new StringBuilder(sql.length());
				out.append(sql, copiedUpTo, cutAt).append(", … ").append(items - MAX_IN_ITEMS).append(" more");
				copiedUpTo = close;
			}
			searchFrom = (close > 0) ? close : open + 1;
		}
		if (out == null) {
			return sql;
		}
		return out.append(sql, copiedUpTo, sql.length()).toString();
	}

	private static int indexOfInList(String sql, int from) {
		for (int i = from; i + 2 < sql.length(); i++) {
			char c = sql.charAt(i);
			if ((c == 'i' || c == 'I') && (sql.charAt(i + 1) == 'n' || sql.charAt(i + 1) == 'N')
					&& (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))) {
				int j = i + 2;
				while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
					j++;
				}
				if (j < sql.length() && sql.charAt(j) == '(') {
					return j;
				}
			}
		}
		return -1;
	}

}
