package dev.n1query.core;

import java.util.Locale;

/**
 * Turns SQL text into its {@link Fingerprint} in one pass, without regular expressions.
 * <p>
 * Literals (strings, numbers, booleans, hex), bind markers ({@code ?}, {@code $1},
 * {@code :name}) become {@code ?}; a parenthesised list of placeholders becomes
 * {@code (?)} and repeated rows of {@code VALUES} collapse to one; comments are dropped;
 * keywords and identifiers are lower-cased and quoted identifiers unquoted; white space
 * is rewritten in one canonical form. Any input, including garbage and unterminated
 * quotes or comments, gives a result in linear time and never an exception.
 */
public final class SqlFingerprinter {

	/** Fingerprints longer than this are cut and suffixed with a hash of the whole. */
	static final int MAX_LENGTH = 2048;

	private static final int MAX_TRACKED_DEPTH = 64;

	private static final boolean[] IDENTIFIER_START = new boolean[128];

	private static final boolean[] IDENTIFIER_PART = new boolean[128];

	static {
		for (char c = 0; c < 128; c++) {
			boolean start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '@' || c == '#';
			IDENTIFIER_START[c] = start;
			IDENTIFIER_PART[c] = start || (c >= '0' && c <= '9') || c == '$';
		}
	}

	private SqlFingerprinter() {
	}

	/**
	 * Fingerprints the given SQL.
	 * @param sql the statement text, may be {@code null}
	 * @return its fingerprint, never {@code null}
	 */
	public static Fingerprint fingerprint(String sql) {
		if (sql == null || sql.isEmpty()) {
			return new Fingerprint("", StatementType.OTHER, 0);
		}
		return new Lexer(sql).run();
	}

	/**
	 * Replaces every literal of the given SQL (strings, numbers, booleans, hex, dollar-quoted
	 * text) by the given mask, where the fingerprinter finds them, keeping everything else
	 * (keywords, identifiers, bind markers, comments, white space) as written.
	 * @param sql the statement text, may be {@code null}
	 * @param mask what stands for each literal
	 * @return the masked text ({@code null} for {@code null})
	 */
	static String maskLiterals(String sql, String mask) {
		if (sql == null || sql.isEmpty()) {
			return sql;
		}
		Lexer lexer = new Lexer(sql);
		lexer.literals = new int[16];
		lexer.run();
		StringBuilder masked = new StringBuilder(sql.length());
		int copied = 0;
		for (int i = 0; i < lexer.literalCount; i += 2) {
			masked.append(sql, copied, lexer.literals[i]).append(mask);
			copied = lexer.literals[i + 1];
		}
		return masked.append(sql, copied, sql.length()).toString();
	}

	private enum Kind {

		NONE, WORD, PLACEHOLDER, OPERATOR, OPEN, CLOSE, COMMA, DOT, CAST

	}

	private static final class Lexer {

		private final String sql;

		private final int length;

		private final StringBuilder out;

		private int pos;

		private Kind lastKind = Kind.NONE;

		// Where the last word token sits in the output (words are compared there, not copied).
		private int lastWordStart;

		private int lastWordEnd;

		private String firstWord;

		private String firstDmlWord;

		private int inListSize;

		// One entry per open parenthesis (up to MAX_TRACKED_DEPTH): where it starts in
		// the output, how many placeholders it holds, and whether it holds nothing else.
		private final int[] groupStart = new int[MAX_TRACKED_DEPTH];

		private final int[] groupPlaceholders = new int[MAX_TRACKED_DEPTH];

		private final boolean[] groupOnlyPlaceholders = new boolean[MAX_TRACKED_DEPTH];

		private final boolean[] groupAfterIn = new boolean[MAX_TRACKED_DEPTH];

		private int depth;

		private int lastGroupStart = -1;

		private int lastGroupEnd = -1;

		// Start and end of each literal, in pairs, when masking; null when fingerprinting.
		int[] literals;

		int literalCount;

		// Separators seen since the last token: emitted when a token follows, dropped at the
		// end, so trailing separators leave no trace without looking ahead (one pass).
		private int pendingSeparators;

		Lexer(String sql) {
			this.sql = sql;
			this.length = sql.length();
			this.out = new StringBuilder(Math.min(this.length, MAX_LENGTH * 2) + 16);
		}

		Fingerprint run() {
			while (this.pos < this.length) {
				char c = this.sql.charAt(this.pos);
				if (isSpace(c)) {
					this.pos++;
					continue;
				}
				if (c == ';') {
					this.pos++;
					this.pendingSeparators++;
					continue;
				}
				if (this.pendingSeparators > 0) {
					emitPendingSeparators();
				}
				if (c == '-' && peek(1) == '-') {
					skipLineComment();
				}
				else if (c == '/' && peek(1) == '*') {
					skipBlockComment();
				}
				else if (c == '\'') {
					int start = this.pos;
					skipString();
					literal(start);
				}
				else if (c == '"' || c == '`') {
					quotedIdentifier(c);
				}
				else if (isDigit(c) || (c == '.' && isDigit(peek(1)) && valueCanStartHere())) {
					number(this.pos);
				}
				else if (c == '-' && (isDigit(peek(1)) || (peek(1) == '.' && isDigit(peek(2))))
						&& valueCanStartHere()) {
					this.pos++;
					number(this.pos - 1);
				}
				else if (c == '$') {
					dollar();
				}
				else if (c == '?') {
					this.pos++;
					while (this.pos < this.length && isDigit(this.sql.charAt(this.pos))) {
						this.pos++; // JPA-style ?1
					}
					placeholder();
				}
				else if (c == ':' && peek(1) == ':') {
					this.pos += 2;
					emit(Kind.CAST, "::");
				}
				else if (c == ':' && isIdentifierStart(peek(1))) {
					this.pos++;
					while (this.pos < this.length && isIdentifierPart(this.sql.charAt(this.pos))) {
						this.pos++;
					}
					placeholder();
				}
				else if (isIdentifierStart(c)) {
					word();
				}
				else if (c == '(') {
					this.pos++;
					open();
				}
				else if (c == ')') {
					this.pos++;
					close();
				}
				else if (c == ',') {
					this.pos++;
					emit(Kind.COMMA, ",");
				}
				else if (c == '.') {
					this.pos++;
					emit(Kind.DOT, ".");
				}
				else {
					operator();
				}
			}
			return new Fingerprint(limit(this.out), type(), this.inListSize);
		}

		private StatementType type() {
			if (this.firstWord == null) {
				return StatementType.OTHER;
			}
			if (this.firstWord.equals("with") && this.firstDmlWord != null) {
				return StatementType.fromLeadingKeyword(this.firstDmlWord);
			}
			return StatementType.fromLeadingKeyword(this.firstWord);
		}

		private char peek(int ahead) {
			int index = this.pos + ahead;
			return (index < this.length) ? this.sql.charAt(index) : '\0';
		}

		private void emitPendingSeparators() {
			for (; this.pendingSeparators > 0; this.pendingSeparators--) {
				emit(Kind.OPERATOR, ";");
			}
		}

		private void skipLineComment() {
			while (this.pos < this.length && this.sql.charAt(this.pos) != '\n') {
				this.pos++;
			}
		}

		private void skipBlockComment() {
			int end = this.sql.indexOf("*/", this.pos + 2);
			this.pos = (end < 0) ? this.length : end + 2;
		}

		private void skipString() {
			this.pos++; // opening quote
			while (this.pos < this.length) {
				char c = this.sql.charAt(this.pos);
				if (c == '\\' && peek(1) == '\'' && !endsValue(peek(2))) {
					this.pos += 2; // MySQL-style \' inside the string
				}
				else if (c == '\'' && peek(1) == '\'') {
					this.pos += 2; // standard '' escape
				}
				else if (c == '\'') {
					this.pos++;
					return;
				}
				else {
					this.pos++;
				}
			}
		}

		// After \' a character that can only follow a closed string means the backslash
		// was data (PostgreSQL 'C:\'), not an escape.
		private static boolean endsValue(char c) {
			return c == '\0' || c == ',' || c == ')' || c == ';' || isSpace(c);
		}

		private void quotedIdentifier(char quote) {
			StringBuilder name = new StringBuilder();
			this.pos++;
			while (this.pos < this.length) {
				char c = this.sql.charAt(this.pos);
				if (c == quote && peek(1) == quote) {
					name.append(c);
					this.pos += 2;
				}
				else if (c == quote) {
					this.pos++;
					break;
				}
				else {
					name.append(c);
					this.pos++;
				}
			}
			emitWord(name.toString().toLowerCase(Locale.ROOT));
		}

		private void number(int start) {
			if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
				this.pos += 2;
				while (this.pos < this.length && Character.digit(this.sql.charAt(this.pos), 16) >= 0) {
					this.pos++;
				}
			}
			else {
				while (this.pos < this.length) {
					char c = this.sql.charAt(this.pos);
					if (isDigit(c) || c == '.' || c == '_') {
						this.pos++;
					}
					else if ((c == 'e' || c == 'E')
							&& (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
						this.pos += 2;
					}
					else {
						break;
					}
				}
			}
			literal(start);
		}

		// A literal ends here: a placeholder in the fingerprint, a span to mask when masking.
		private void literal(int start) {
			placeholder();
			if (this.literals != null) {
				if (this.literalCount + 2 > this.literals.length) {
					this.literals = java.util.Arrays.copyOf(this.literals, this.literals.length * 2);
				}
				this.literals[this.literalCount++] = start;
				this.literals[this.literalCount++] = this.pos;
			}
		}

		private boolean valueCanStartHere() {
			return switch (this.lastKind) {
				case NONE, OPERATOR, OPEN, COMMA, CAST -> true;
				case WORD -> isKeywordBeforeValue();
				default -> false;
			};
		}

		private static final String[] KEYWORDS_BEFORE_VALUE = { "select", "where", "and", "or", "not", "when", "then",
				"else", "between", "limit", "offset", "values", "return", "like", "by", "in", "is", "set", "having",
				"on" };

		private boolean isKeywordBeforeValue() {
			for (String keyword : KEYWORDS_BEFORE_VALUE) {
				if (lastWordIs(keyword)) {
					return true;
				}
			}
			return false;
		}

		private boolean lastWordIs(String keyword) {
			int length = this.lastWordEnd - this.lastWordStart;
			if (length != keyword.length()) {
				return false;
			}
			for (int i = 0; i < length; i++) {
				if (this.out.charAt(this.lastWordStart + i) != keyword.charAt(i)) {
					return false;
				}
			}
			return true;
		}

		private void dollar() {
			if (isDigit(peek(1))) {
				this.pos++;
				while (this.pos < this.length && isDigit(this.sql.charAt(this.pos))) {
					this.pos++;
				}
				placeholder();
				return;
			}
			int tagEnd = this.pos + 1;
			while (tagEnd < this.length && isIdentifierPart(this.sql.charAt(tagEnd))
					&& this.sql.charAt(tagEnd) != '$') {
				tagEnd++;
			}
			if (tagEnd < this.length && this.sql.charAt(tagEnd) == '$') {
				String tag = this.sql.substring(this.pos, tagEnd + 1);
				int close = this.sql.indexOf(tag, tagEnd + 1);
				int start = this.pos;
				this.pos = (close < 0) ? this.length : close + tag.length();
				literal(start);
				return;
			}
			operator();
		}

		private void word() {
			int start = this.pos;
			while (this.pos < this.length && isIdentifierPart(this.sql.charAt(this.pos))) {
				this.pos++;
			}
			int length = this.pos - start;
			// Typed and prefixed string literals: X'0F', B'01', N'text', E'text'.
			if (length == 1 && peek(0) == '\'' && "xXbBnNeE".indexOf(this.sql.charAt(start)) >= 0) {
				skipString();
				literal(start);
				return;
			}
			char first = this.sql.charAt(start);
			if ((length == 4 && (first == 't' || first == 'T') && this.sql.regionMatches(true, start, "true", 0, 4))
					|| (length == 5 && (first == 'f' || first == 'F')
							&& this.sql.regionMatches(true, start, "false", 0, 5))) {
				literal(start);
				return;
			}
			beginWord();
			if (isLowerCase(start, this.pos)) {
				this.out.append(this.sql, start, this.pos); // Hibernate's SQL: already lower case
			}
			else {
				for (int i = start; i < this.pos; i++) {
					char c = this.sql.charAt(i);
					this.out.append((c >= 'A' && c <= 'Z') ? (char) (c + 32) : (c < 128) ? c : Character.toLowerCase(c));
				}
			}
			endWord();
		}

		private boolean isLowerCase(int start, int end) {
			for (int i = start; i < end; i++) {
				char c = this.sql.charAt(i);
				if ((c >= 'A' && c <= 'Z') || c >= 128) {
					return false;
				}
			}
			return true;
		}

		private void emitWord(String word) {
			beginWord();
			this.out.append(word);
			endWord();
		}

		private void beginWord() {
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH) {
				this.groupOnlyPlaceholders[this.depth - 1] = false;
			}
			if (this.out.length() > 0 && needsSpace(this.lastKind, Kind.WORD)) {
				this.out.append(' ');
			}
			this.lastWordStart = this.out.length();
		}

		private void endWord() {
			this.lastWordEnd = this.out.length();
			this.lastKind = Kind.WORD;
			if (this.firstWord == null) {
				this.firstWord = this.out.substring(this.lastWordStart, this.lastWordEnd);
			}
			else if (this.firstDmlWord == null && this.depth == 0 && isDmlKeyword()) {
				this.firstDmlWord = this.out.substring(this.lastWordStart, this.lastWordEnd);
			}
		}

		private boolean isDmlKeyword() {
			return lastWordIs("select") || lastWordIs("insert") || lastWordIs("update") || lastWordIs("delete")
					|| lastWordIs("merge");
		}

		private void operator() {
			int start = this.pos;
			this.pos++;
			while (this.pos < this.length && isOperatorChar(this.sql.charAt(this.pos))
					&& isOperatorChar(this.sql.charAt(start))) {
				char c = this.sql.charAt(this.pos);
				if ((c == '-' && (peek(1) == '-' || isDigit(peek(1)))) || (c == '/' && peek(1) == '*')) {
					break; // a comment, or a negative number, starts here
				}
				this.pos++;
			}
			emit(Kind.OPERATOR, operatorText(start, this.pos));
		}

		// The common operators as constants: no substring per operator.
		private String operatorText(int start, int end) {
			if (end - start == 1) {
				switch (this.sql.charAt(start)) {
					case '=':
						return "=";
					case '<':
						return "<";
					case '>':
						return ">";
					case '*':
						return "*";
					case '+':
						return "+";
					case '-':
						return "-";
					case '/':
						return "/";
					default:
						break;
				}
			}
			return this.sql.substring(start, end);
		}

		private void placeholder() {
			emit(Kind.PLACEHOLDER, "?");
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH) {
				this.groupPlaceholders[this.depth - 1]++;
			}
		}

		private void open() {
			boolean afterIn = this.lastKind == Kind.WORD && lastWordIs("in");
			emit(Kind.OPEN, "(");
			this.depth++;
			if (this.depth <= MAX_TRACKED_DEPTH) {
				int i = this.depth - 1;
				this.groupStart[i] = this.out.length() - 1;
				this.groupPlaceholders[i] = 0;
				this.groupOnlyPlaceholders[i] = true;
				this.groupAfterIn[i] = afterIn;
			}
		}

		private void close() {
			if (this.depth == 0) {
				emit(Kind.CLOSE, ")");
				return;
			}
			int i = this.depth - 1;
			this.depth--;
			if (i >= MAX_TRACKED_DEPTH) {
				emit(Kind.CLOSE, ")");
				return;
			}
			int start = this.groupStart[i];
			int placeholders = this.groupPlaceholders[i];
			if (this.groupOnlyPlaceholders[i] && placeholders > 0) {
				if (this.groupAfterIn[i]) {
					this.inListSize = Math.max(this.inListSize, placeholders);
				}
				this.out.setLength(start);
				this.out.append("(?)");
				this.lastKind = Kind.CLOSE;
				collapseRepeatedRow(start);
			}
			else {
				emit(Kind.CLOSE, ")");
				this.lastGroupStart = start;
				this.lastGroupEnd = this.out.length();
			}
			// The enclosing group now holds a sub-group: it is not a plain list.
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH) {
				this.groupOnlyPlaceholders[this.depth - 1] = false;
			}
		}

		// "(?), (?)" becomes "(?)": rows of a multi-row VALUES, however many.
		private void collapseRepeatedRow(int start) {
			int end = this.out.length();
			int separator = start - 2;
			if (separator >= 0 && this.lastGroupEnd == separator && this.out.charAt(separator) == ','
					&& this.out.charAt(separator + 1) == ' '
					&& (end - start) == (this.lastGroupEnd - this.lastGroupStart)
					&& regionEquals(this.lastGroupStart, start, end - start)) {
				this.out.setLength(separator);
				return;
			}
			this.lastGroupStart = start;
			this.lastGroupEnd = end;
		}

		private boolean regionEquals(int a, int b, int length) {
			for (int k = 0; k < length; k++) {
				if (this.out.charAt(a + k) != this.out.charAt(b + k)) {
					return false;
				}
			}
			return true;
		}

		private void emit(Kind kind, String text) {
			beforeEmit(kind);
			if (text.length() == 1) {
				this.out.append(text.charAt(0)); // a char append is much cheaper than a String append
			}
			else {
				this.out.append(text);
			}
			this.lastKind = kind;
		}

		private void beforeEmit(Kind kind) {
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH && kind != Kind.PLACEHOLDER && kind != Kind.COMMA) {
				this.groupOnlyPlaceholders[this.depth - 1] = false;
			}
			if (this.out.length() > 0 && needsSpace(this.lastKind, kind)) {
				this.out.append(' ');
			}
		}

		private static boolean needsSpace(Kind previous, Kind next) {
			if (next == Kind.COMMA || next == Kind.CLOSE || next == Kind.DOT || next == Kind.CAST) {
				return false;
			}
			return previous != Kind.OPEN && previous != Kind.DOT && previous != Kind.CAST;
		}

		private static String limit(StringBuilder text) {
			if (text.length() <= MAX_LENGTH) {
				return text.toString();
			}
			long hash = 1125899906842597L;
			for (int i = 0; i < text.length(); i++) {
				hash = 31 * hash + text.charAt(i);
			}
			return text.substring(0, MAX_LENGTH) + "… #" + Long.toHexString(hash);
		}

		private static boolean isSpace(char c) {
			return c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0'
					|| c == '\ufeff';
		}

		private static boolean isDigit(char c) {
			return c >= '0' && c <= '9';
		}

		private static boolean isIdentifierStart(char c) {
			return (c < 128) ? IDENTIFIER_START[c] : Character.isLetter(c);
		}

		private static boolean isIdentifierPart(char c) {
			return (c < 128) ? IDENTIFIER_PART[c] : Character.isLetter(c);
		}

		private static boolean isOperatorChar(char c) {
			return "=<>!|&+-*/%^~".indexOf(c) >= 0;
		}

	}

}
