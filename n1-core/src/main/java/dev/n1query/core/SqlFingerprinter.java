package dev.n1query.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Turns SQL text into its {@link Fingerprint} in one pass, without regular expressions.
 * <p>
 * Literals (strings, numbers, booleans, hex), bind markers ({@code ?}, {@code $1},
 * {@code :name}) become {@code ?}; a parenthesised list of placeholders becomes
 * {@code (?)} and repeated rows of {@code VALUES} collapse to one; comments are dropped;
 * keywords and identifiers are lower-cased and quoted identifiers unquoted; white space
 * is rewritten in one canonical form. Any input, including garbage and unterminated
 * quotes or comments, gives a result in linear time and never an exception.
 * <p>
 * String-built SQL misses the {@link FingerprintCache} on every execution, so this runs at
 * memory speed: a character-class table drives the lexer, tokens are never objects, the
 * text is written once into a buffer of bounded size ({@link FingerprintText}), and the
 * buffers are reused: the only allocation is the fingerprint itself.
 */
public final class SqlFingerprinter {

	/** Fingerprints longer than this are cut and suffixed with a hash of the whole. */
	static final int MAX_LENGTH = 2048;

	private static final int MAX_TRACKED_DEPTH = 64;

	/** The length of the array a lexer starts with to copy statements into. */
	private static final int DEFAULT_TEXT = 4096;

	/** The longest array a lexer keeps for the next statement (64 K chars, 128 KB). */
	private static final int MAX_KEPT_TEXT = 64 * 1024;

	// Character classes: what a token starting with the character is.
	private static final byte OTHER = 0;

	private static final byte SPACE = 1;

	private static final byte SEPARATOR = 2;

	private static final byte MINUS = 3;

	private static final byte SLASH = 4;

	private static final byte QUOTE = 5;

	private static final byte IDENTIFIER_QUOTE = 6;

	private static final byte DIGIT = 7;

	private static final byte DOT = 8;

	private static final byte DOLLAR = 9;

	private static final byte QUESTION_MARK = 10;

	private static final byte COLON = 11;

	private static final byte WORD = 12;

	private static final byte OPEN = 13;

	private static final byte CLOSE = 14;

	private static final byte COMMA = 15;

	/** The class of each Latin-1 character; wider ones are classified by {@link #wideClass}. */
	private static final byte[] CLASS = new byte[256];

	/** Whether a Latin-1 character can continue an identifier. */
	private static final boolean[] IDENTIFIER_PART = new boolean[256];

	/** Whether an ASCII letter can start a literal: X'0F', B'01', N'text', E'text', true, false. */
	private static final boolean[] LITERAL_START = new boolean[128];

	/**
	 * Each Latin-1 character that can continue an identifier, lower-cased as {@link #toLowerCase}
	 * does; 0 for the others. One load per character for the loop that copies words.
	 */
	private static final char[] WORD_PART_LOWER = new char[256];

	static {
		for (char c = 0; c < 256; c++) {
			boolean start = (c < 128) ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '@'
					|| c == '#' : Character.isLetter(c);
			IDENTIFIER_PART[c] = start || (c >= '0' && c <= '9') || c == '$';
			if (c < 128) {
				LITERAL_START[c] = "xXbBnNeEtTfF".indexOf(c) >= 0;
			}
			CLASS[c] = isSpace(c) ? SPACE : switch (c) {
				case ';' -> SEPARATOR;
				case '-' -> MINUS;
				case '/' -> SLASH;
				case '\'' -> QUOTE;
				case '"', '`' -> IDENTIFIER_QUOTE;
				case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> DIGIT;
				case '.' -> DOT;
				case '$' -> DOLLAR;
				case '?' -> QUESTION_MARK;
				case ':' -> COLON;
				case '(' -> OPEN;
				case ')' -> CLOSE;
				case ',' -> COMMA;
				default -> start ? WORD : OTHER;
			};
			WORD_PART_LOWER[c] = IDENTIFIER_PART[c] ? toLowerCase(c) : 0;
		}
	}

	// Lexers (with their buffers) kept for reuse; a thread takes one from its slot, or makes
	// one when the slot is empty (another thread holds it), and puts it back when done.
	private static final AtomicReferenceArray<Lexer> SPARE_LEXERS = new AtomicReferenceArray<>(16);

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
		int slot = spareSlot();
		Lexer lexer = takeLexer(slot);
		Fingerprint fingerprint = lexer.run(sql);
		SPARE_LEXERS.lazySet(slot, lexer);
		return fingerprint;
	}

	private static int spareSlot() {
		return Thread.currentThread().hashCode() & (SPARE_LEXERS.length() - 1);
	}

	private static Lexer takeLexer(int slot) {
		Lexer lexer = SPARE_LEXERS.getAndSet(slot, null);
		return (lexer != null) ? lexer : new Lexer();
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
		int slot = spareSlot();
		Lexer lexer = takeLexer(slot);
		int[] literals = new int[16];
		lexer.literals = literals;
		lexer.run(sql);
		literals = lexer.literals;
		int literalCount = lexer.literalCount;
		lexer.literals = null;
		SPARE_LEXERS.lazySet(slot, lexer);
		StringBuilder masked = new StringBuilder(sql.length());
		int copied = 0;
		for (int i = 0; i < literalCount; i += 2) {
			masked.append(sql, copied, literals[i]).append(mask);
			copied = literals[i + 1];
		}
		return masked.append(sql, copied, sql.length()).toString();
	}

	private static boolean isSpace(char c) {
		return c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0' || c == '\ufeff';
	}

	private static int classOf(char c) {
		return (c < 256) ? CLASS[c] : wideClass(c);
	}

	private static int wideClass(char c) {
		return isSpace(c) ? SPACE : Character.isLetter(c) ? WORD : OTHER;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isIdentifierStart(char c) {
		return classOf(c) == WORD;
	}

	private static boolean isIdentifierPart(char c) {
		return (c < 256) ? IDENTIFIER_PART[c] : Character.isLetter(c);
	}

	private static boolean isOperatorChar(char c) {
		return switch (c) {
			case '=', '<', '>', '!', '|', '&', '+', '-', '*', '/', '%', '^', '~' -> true;
			default -> false;
		};
	}

	static char toLowerCase(char c) {
		return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (c < 128) ? c : Character.toLowerCase(c);
	}

	/**
	 * The character lower-cased if it can continue an identifier, else 0 (which never can).
	 * @param c the character
	 * @return {@code toLowerCase(c)} or 0
	 */
	static char wordPartLowerCase(char c) {
		return (c < 256) ? WORD_PART_LOWER[c] : Character.isLetter(c) ? Character.toLowerCase(c) : 0;
	}

	/**
	 * Token kinds, as ints: the lexer is reused, so a reference stored per token would pay
	 * the collector's write barrier each time.
	 */
	private static final class Token {

		static final int NONE = 0;

		static final int WORD = 1;

		static final int PLACEHOLDER = 2;

		static final int OPERATOR = 3;

		static final int OPEN = 4;

		static final int CLOSE = 5;

		static final int COMMA = 6;

		static final int DOT = 7;

		static final int CAST = 8;

		/** Kinds never preceded by a space. */
		static final int NO_SPACE_BEFORE = (1 << COMMA) | (1 << CLOSE) | (1 << DOT) | (1 << CAST);

		/** Kinds never followed by a space. */
		static final int NO_SPACE_AFTER = (1 << OPEN) | (1 << DOT) | (1 << CAST);

		private Token() {
		}

	}

	private static final class Lexer {

		private final FingerprintText out = new FingerprintText();

		// The statement, for the few String methods used on it (indexOf, regionMatches).
		private String sql;

		// The statement copied into an array, which the lexer reads: String.charAt pays a
		// bounds and a coder check per character. It is text[0, length) while running.
		private char[] text;

		// The array kept for reuse, at most MAX_KEPT_TEXT long: a longer statement gets an
		// array of its own, dropped after the call, so pooled lexers stay small.
		private char[] spareText = new char[DEFAULT_TEXT];

		private int length;

		private int pos;

		private int lastKind;

		// Where the last word token sits in the output (words are compared there, not copied):
		// it is the last thing written whenever lastKind is WORD.
		private int lastWordStart;

		private int lastWordEnd;

		// The type of the first word, and of the first DML keyword after a leading WITH
		// (looked for only after one).
		private StatementType firstWordType;

		private boolean firstWordIsWith;

		private StatementType firstDmlType;

		private int inListSize;

		// One entry per open parenthesis (up to MAX_TRACKED_DEPTH): where it starts in
		// the output, how many placeholders it holds, whether it holds nothing else, and
		// whether it follows a row of placeholders and ", " (a multi-row VALUES).
		private final int[] groupStart = new int[MAX_TRACKED_DEPTH];

		private final long[] groupStartCheckpoint = new long[MAX_TRACKED_DEPTH];

		private final int[] groupPlaceholders = new int[MAX_TRACKED_DEPTH];

		private final boolean[] groupOnlyPlaceholders = new boolean[MAX_TRACKED_DEPTH];

		private final boolean[] groupAfterIn = new boolean[MAX_TRACKED_DEPTH];

		private final boolean[] groupAfterRow = new boolean[MAX_TRACKED_DEPTH];

		private int depth;

		// Where the last closed group ends in the output, and whether it reads "(?)".
		private int lastGroupEnd;

		private long lastGroupEndCheckpoint;

		private boolean lastGroupIsRow;

		// Start and end of each literal, in pairs, when masking; null when fingerprinting.
		int[] literals;

		int literalCount;

		// Separators seen since the last token: emitted when a token follows, dropped at the
		// end, so trailing separators leave no trace without looking ahead (one pass).
		private int pendingSeparators;

		// A lexer that throws is not reused (the caller does not get to put it back).
		Fingerprint run(String sql) {
			start(sql);
			char[] text = this.text;
			while (this.pos < this.length) {
				char c = text[this.pos];
				int type = classOf(c);
				if (type == SPACE) {
					this.pos++;
				}
				else if (type == SEPARATOR) {
					this.pos++;
					this.pendingSeparators++;
				}
				else {
					if (this.pendingSeparators > 0) {
						emitPendingSeparators();
					}
					token(c, type);
				}
			}
			// Neither the statement nor a copy of its text (literals included) is kept while the
			// lexer waits for reuse.
			if (text == this.spareText) {
				Arrays.fill(text, 0, this.length, '\0');
			}
			this.text = null;
			this.sql = null;
			return new Fingerprint(this.out.build(), type(), this.inListSize);
		}

		private void start(String sql) {
			int length = sql.length();
			if (length <= this.spareText.length) {
				this.text = this.spareText;
			}
			else if (length <= MAX_KEPT_TEXT) {
				this.spareText = new char[Math.min(MAX_KEPT_TEXT, Math.max(length, this.spareText.length * 2))];
				this.text = this.spareText;
			}
			else {
				this.text = new char[length]; // once, for this statement only
			}
			sql.getChars(0, length, this.text, 0);
			this.sql = sql;
			this.length = length;
			this.pos = 0;
			this.out.clear();
			this.lastKind = Token.NONE;
			this.lastWordStart = 0;
			this.lastWordEnd = 0;
			this.firstWordType = null;
			this.firstWordIsWith = false;
			this.firstDmlType = null;
			this.inListSize = 0;
			this.depth = 0;
			this.lastGroupEnd = -1;
			this.lastGroupEndCheckpoint = 0;
			this.lastGroupIsRow = false;
			this.pendingSeparators = 0;
			this.literalCount = 0;
		}

		// Small enough to be inlined into the main loop: each kind's work is a method of its own.
		private void token(char c, int type) {
			switch (type) {
				case MINUS -> minus();
				case SLASH -> slash();
				case QUOTE -> string();
				case IDENTIFIER_QUOTE -> quotedIdentifier(c);
				case DIGIT -> number(this.pos);
				case DOT -> dot();
				case DOLLAR -> dollar();
				case QUESTION_MARK -> questionMark();
				case COLON -> colon();
				case WORD -> word();
				case OPEN -> open();
				case CLOSE -> close();
				case COMMA -> comma();
				default -> operator();
			}
		}

		private void minus() {
			if (peek(1) == '-') {
				skipLineComment();
			}
			else if ((isDigit(peek(1)) || (peek(1) == '.' && isDigit(peek(2)))) && valueCanStartHere()) {
				this.pos++;
				number(this.pos - 1);
			}
			else {
				operator();
			}
		}

		private void slash() {
			if (peek(1) == '*') {
				skipBlockComment();
			}
			else {
				operator();
			}
		}

		private void string() {
			int start = this.pos;
			skipString();
			literal(start);
		}

		private void dot() {
			if (isDigit(peek(1)) && valueCanStartHere()) {
				number(this.pos);
			}
			else {
				this.pos++;
				emit(Token.DOT, '.');
			}
		}

		private void questionMark() {
			this.pos++;
			while (this.pos < this.length && isDigit(this.text[this.pos])) {
				this.pos++; // JPA-style ?1
			}
			placeholder();
		}

		private void comma() {
			this.pos++;
			emit(Token.COMMA, ',');
		}

		private StatementType type() {
			if (this.firstWordType == null) {
				return StatementType.OTHER;
			}
			if (this.firstWordIsWith && this.firstDmlType != null) {
				return this.firstDmlType;
			}
			return this.firstWordType;
		}

		private char peek(int ahead) {
			int index = this.pos + ahead;
			return (index < this.length) ? this.text[index] : '\0';
		}

		private void emitPendingSeparators() {
			for (; this.pendingSeparators > 0; this.pendingSeparators--) {
				emit(Token.OPERATOR, ';');
			}
		}

		private void skipLineComment() {
			int end = this.sql.indexOf('\n', this.pos);
			this.pos = (end < 0) ? this.length : end;
		}

		private void skipBlockComment() {
			int end = this.sql.indexOf("*/", this.pos + 2);
			this.pos = (end < 0) ? this.length : end + 2;
		}

		private void skipString() {
			char[] text = this.text;
			int length = this.length;
			int pos = this.pos + 1; // opening quote
			while (pos < length) {
				char c = text[pos];
				if (c == '\'') {
					if (pos + 1 < length && text[pos + 1] == '\'') {
						pos += 2; // standard '' escape
					}
					else {
						this.pos = pos + 1;
						return;
					}
				}
				else if (c == '\\' && pos + 1 < length && text[pos + 1] == '\''
						&& !endsValue((pos + 2 < length) ? text[pos + 2] : '\0')) {
					pos += 2; // MySQL-style \' inside the string
				}
				else {
					pos++;
				}
			}
			this.pos = length;
		}

		// After \' a character that can only follow a closed string means the backslash
		// was data (PostgreSQL 'C:\'), not an escape.
		private static boolean endsValue(char c) {
			return c == '\0' || c == ',' || c == ')' || c == ';' || isSpace(c);
		}

		private void quotedIdentifier(char quote) {
			int start = this.pos + 1;
			int end = start;
			boolean doubled = false;
			boolean wide = false;
			while (end < this.length) {
				char c = this.text[end];
				if (c == quote) {
					if (end + 1 < this.length && this.text[end + 1] == quote) {
						doubled = true;
						end += 2;
						continue;
					}
					break;
				}
				wide |= c >= 128;
				end++;
			}
			this.pos = (end < this.length) ? end + 1 : end;
			beginWord();
			if (wide) {
				// Lower-cased as a whole: a few characters change with their neighbours or grow.
				String name = this.sql.substring(start, end);
				if (doubled) {
					name = name.replace(String.valueOf(quote).repeat(2), String.valueOf(quote));
				}
				String lower = name.toLowerCase(Locale.ROOT);
				for (int i = 0; i < lower.length(); i++) {
					this.out.append(lower.charAt(i));
				}
			}
			else {
				for (int i = start; i < end; i++) {
					char c = this.text[i];
					this.out.append(toLowerCase(c));
					if (c == quote) {
						i++; // the second of a doubled quote
					}
				}
			}
			endWord();
		}

		private void number(int start) {
			if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
				this.pos += 2;
				while (this.pos < this.length && Character.digit(this.text[this.pos], 16) >= 0) {
					this.pos++;
				}
			}
			else {
				while (this.pos < this.length) {
					char c = this.text[this.pos];
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
					this.literals = Arrays.copyOf(this.literals, this.literals.length * 2);
				}
				this.literals[this.literalCount++] = start;
				this.literals[this.literalCount++] = this.pos;
			}
		}

		private boolean valueCanStartHere() {
			return switch (this.lastKind) {
				case Token.NONE, Token.OPERATOR, Token.OPEN, Token.COMMA, Token.CAST -> true;
				case Token.WORD -> isKeywordBeforeValue();
				default -> false;
			};
		}

		private boolean isKeywordBeforeValue() {
			return switch (this.lastWordEnd - this.lastWordStart) {
				case 2 -> lastWordIs("or") || lastWordIs("by") || lastWordIs("in") || lastWordIs("is")
						|| lastWordIs("on");
				case 3 -> lastWordIs("and") || lastWordIs("not") || lastWordIs("set");
				case 4 -> lastWordIs("when") || lastWordIs("then") || lastWordIs("else") || lastWordIs("like");
				case 5 -> lastWordIs("where") || lastWordIs("limit");
				case 6 -> lastWordIs("select") || lastWordIs("offset") || lastWordIs("values") || lastWordIs("return")
						|| lastWordIs("having");
				case 7 -> lastWordIs("between");
				default -> false;
			};
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
				while (this.pos < this.length && isDigit(this.text[this.pos])) {
					this.pos++;
				}
				placeholder();
				return;
			}
			int tagEnd = this.pos + 1;
			while (tagEnd < this.length && isIdentifierPart(this.text[tagEnd])
					&& this.text[tagEnd] != '$') {
				tagEnd++;
			}
			if (tagEnd < this.length && this.text[tagEnd] == '$') {
				int start = this.pos;
				int close = indexOfTag(start, tagEnd + 1 - start, tagEnd + 1);
				this.pos = (close < 0) ? this.length : close + tagEnd + 1 - start;
				literal(start);
				return;
			}
			operator();
		}

		// Where the dollar-quote tag at tagStart appears again, without copying it. Linear: a
		// candidate that matches k characters is followed by k - 1 characters without '$'.
		private int indexOfTag(int tagStart, int tagLength, int from) {
			String sql = this.sql;
			for (int candidate = sql.indexOf('$', from); candidate >= 0; candidate = sql.indexOf('$', candidate + 1)) {
				if (sql.regionMatches(candidate, sql, tagStart, tagLength)) {
					return candidate;
				}
			}
			return -1;
		}

		private void colon() {
			char next = peek(1);
			if (next == ':') {
				this.pos += 2;
				beforeEmit(Token.CAST);
				this.out.append(':');
				this.out.append(':');
				this.lastKind = Token.CAST;
			}
			else if (isIdentifierStart(next)) {
				this.pos++;
				while (this.pos < this.length && isIdentifierPart(this.text[this.pos])) {
					this.pos++;
				}
				placeholder();
			}
			else {
				operator();
			}
		}

		private void word() {
			int start = this.pos;
			char first = this.text[start];
			if (takeLiteralWord(start, first)) {
				return;
			}
			plainWord();
			// A select list ("c1_0.id,c1_0.email") goes on in this loop: a dot or a comma right
			// after the word, then the next word, as the main loop would take them one by one.
			char[] text = this.text;
			while (this.pos + 1 < this.length) {
				char c = text[this.pos];
				if (c != '.' && c != ',') {
					return;
				}
				char next = text[this.pos + 1];
				if (classOf(next) != WORD || (next < 128 && LITERAL_START[next])) {
					return; // the main loop takes it (it may be a literal)
				}
				this.pos++;
				emit((c == '.') ? Token.DOT : Token.COMMA, c);
				plainWord();
			}
		}

		// A word that is not a literal, copied lower-cased as it is scanned.
		private void plainWord() {
			beginWord();
			this.pos = this.out.appendWord(this.text, this.pos, this.length);
			endWord();
		}

		/**
		 * Takes a typed or prefixed string literal (X'0F', B'01', N'text', E'text') or a
		 * boolean starting here, if there is one.
		 * @return whether there was one
		 */
		private boolean takeLiteralWord(int start, char first) {
			if (first >= 128 || !LITERAL_START[first]) {
				return false;
			}
			String sql = this.sql;
			int end;
			if (isStringPrefix(first)) {
				if (start + 1 >= this.length || this.text[start + 1] != '\'') {
					return false;
				}
				this.pos = start + 1;
				skipString();
				literal(start);
				return true;
			}
			if (first == 't' || first == 'T') {
				end = start + 4;
				if (!sql.regionMatches(true, start, "true", 0, 4)) {
					return false;
				}
			}
			else {
				end = start + 5;
				if (!sql.regionMatches(true, start, "false", 0, 5)) {
					return false;
				}
			}
			// What matches "true" or "false" regardless of case is letters: the word goes on
			// only if more identifier characters follow.
			if (end < this.length && isIdentifierPart(this.text[end])) {
				return false;
			}
			this.pos = end;
			literal(start);
			return true;
		}

		private static boolean isStringPrefix(char c) {
			return switch (c) {
				case 'x', 'X', 'b', 'B', 'n', 'N', 'e', 'E' -> true;
				default -> false;
			};
		}

		private void beginWord() {
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH) {
				this.groupOnlyPlaceholders[this.depth - 1] = false;
			}
			if (this.out.length() > 0 && needsSpace(this.lastKind, Token.WORD)) {
				this.out.append(' ');
			}
			this.lastWordStart = this.out.length();
		}

		private void endWord() {
			this.lastWordEnd = this.out.length();
			this.lastKind = Token.WORD;
			if (this.firstWordType == null) {
				this.firstWordIsWith = lastWordIs("with");
				this.firstWordType = leadingKeywordType();
			}
			else if (this.firstWordIsWith && this.firstDmlType == null && this.depth == 0) {
				this.firstDmlType = dmlKeywordType();
			}
		}

		// The statement type a leading keyword gives.
		private StatementType leadingKeywordType() {
			StatementType dml = dmlKeywordType();
			if (dml != null) {
				return dml;
			}
			if (lastWordIs("with") || lastWordIs("values") || lastWordIs("table") || lastWordIs("show")) {
				return StatementType.SELECT;
			}
			if (lastWordIs("replace")) {
				return StatementType.INSERT;
			}
			return lastWordIs("upsert") ? StatementType.UPDATE : StatementType.OTHER;
		}

		// The statement type of a DML keyword after WITH, null for any other word.
		private StatementType dmlKeywordType() {
			return switch (this.lastWordEnd - this.lastWordStart) {
				case 5 -> lastWordIs("merge") ? StatementType.UPDATE : null;
				case 6 -> lastWordIs("select") ? StatementType.SELECT
						: lastWordIs("insert") ? StatementType.INSERT
								: lastWordIs("update") ? StatementType.UPDATE
										: lastWordIs("delete") ? StatementType.DELETE : null;
				default -> null;
			};
		}

		private void operator() {
			int start = this.pos;
			this.pos++;
			if (isOperatorChar(this.text[start])) {
				while (this.pos < this.length && isOperatorChar(this.text[this.pos])) {
					char c = this.text[this.pos];
					if ((c == '-' && (peek(1) == '-' || isDigit(peek(1)))) || (c == '/' && peek(1) == '*')) {
						break; // a comment, or a negative number, starts here
					}
					this.pos++;
				}
			}
			beforeEmit(Token.OPERATOR);
			for (int i = start; i < this.pos; i++) {
				this.out.append(this.text[i]);
			}
			this.lastKind = Token.OPERATOR;
		}

		private void placeholder() {
			emit(Token.PLACEHOLDER, '?');
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH) {
				this.groupPlaceholders[this.depth - 1]++;
			}
		}

		private void open() {
			this.pos++;
			boolean afterIn = this.lastKind == Token.WORD && lastWordIs("in");
			beforeEmit(Token.OPEN);
			int start = this.out.length();
			long checkpoint = this.out.checkpoint();
			this.out.append('(');
			this.lastKind = Token.OPEN;
			this.depth++;
			if (this.depth <= MAX_TRACKED_DEPTH) {
				int i = this.depth - 1;
				this.groupStart[i] = start;
				this.groupStartCheckpoint[i] = checkpoint;
				this.groupPlaceholders[i] = 0;
				this.groupOnlyPlaceholders[i] = true;
				this.groupAfterIn[i] = afterIn;
				// Read now, while ", " is among the last characters written.
				this.groupAfterRow[i] = this.lastGroupIsRow && start >= 2 && this.lastGroupEnd == start - 2
						&& this.out.charAt(start - 2) == ',' && this.out.charAt(start - 1) == ' ';
			}
		}

		private void close() {
			this.pos++;
			if (this.depth == 0) {
				emit(Token.CLOSE, ')');
				return;
			}
			int i = this.depth - 1;
			this.depth--;
			if (i >= MAX_TRACKED_DEPTH) {
				emit(Token.CLOSE, ')');
				return;
			}
			int start = this.groupStart[i];
			int placeholders = this.groupPlaceholders[i];
			if (this.groupOnlyPlaceholders[i] && placeholders > 0) {
				if (this.groupAfterIn[i]) {
					this.inListSize = Math.max(this.inListSize, placeholders);
				}
				this.out.truncate(start, this.groupStartCheckpoint[i]);
				this.out.append('(');
				this.out.append('?');
				this.out.append(')');
				this.lastKind = Token.CLOSE;
				if (this.groupAfterRow[i]) {
					// "(?), (?)" becomes "(?)": rows of a multi-row VALUES, however many.
					this.out.truncate(this.lastGroupEnd, this.lastGroupEndCheckpoint);
				}
				else {
					closedGroup(true);
				}
			}
			else {
				emit(Token.CLOSE, ')');
				int end = this.out.length();
				closedGroup(end - start == 3 && this.out.charAt(end - 2) == '?');
			}
			// The enclosing group now holds a sub-group: it is not a plain list.
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH) {
				this.groupOnlyPlaceholders[this.depth - 1] = false;
			}
		}

		private void closedGroup(boolean row) {
			this.lastGroupEnd = this.out.length();
			this.lastGroupEndCheckpoint = this.out.checkpoint();
			this.lastGroupIsRow = row;
		}

		private void emit(int kind, char c) {
			beforeEmit(kind);
			this.out.append(c);
			this.lastKind = kind;
		}

		private void beforeEmit(int kind) {
			if (this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH && kind != Token.PLACEHOLDER && kind != Token.COMMA) {
				this.groupOnlyPlaceholders[this.depth - 1] = false;
			}
			if (this.out.length() > 0 && needsSpace(this.lastKind, kind)) {
				this.out.append(' ');
			}
		}

		private static boolean needsSpace(int previous, int next) {
			return ((Token.NO_SPACE_BEFORE >>> next) & 1) == 0 && ((Token.NO_SPACE_AFTER >>> previous) & 1) == 0;
		}

	}

}
