package dev.n1query.core;

/**
 * The text of a fingerprint while the lexer writes it, in constant memory whatever the
 * length of the statement: the first {@value SqlFingerprinter#MAX_LENGTH} characters are
 * kept (they are the fingerprint), the rest only feeds the hash that ends an oversized
 * fingerprint ({@code … #hash}, the hash of the whole text), plus a window of the last
 * {@value #WINDOW} characters for the lexer to look back at its last word or group.
 * <p>
 * The lexer can take back what it wrote (a list of placeholders becomes {@code (?)}): it
 * asks for a {@link #checkpoint()} where it may come back to, and gives it to
 * {@link #truncate(int, long)}.
 */
final class FingerprintText {

	private static final int LIMIT = SqlFingerprinter.MAX_LENGTH;

	/** How far back past the limit characters can be read. */
	static final int WINDOW = 16;

	private static final long HASH_SEED = 1125899906842597L;

	// The kept characters, then the window of later ones (by position modulo WINDOW),
	// which the suffix of an oversized fingerprint overwrites at the end.
	private final char[] chars = new char[LIMIT + 32];

	private int length;

	// The polynomial hash (×31) of the characters past the limit, seeded with 0.
	private long tailHash;

	void clear() {
		this.length = 0;
		this.tailHash = 0;
	}

	int length() {
		return this.length;
	}

	void append(char c) {
		int index = this.length++;
		if (index < LIMIT) {
			this.chars[index] = c;
		}
		else {
			this.chars[LIMIT + (index & (WINDOW - 1))] = c;
			this.tailHash = 31 * this.tailHash + c;
		}
	}

	/**
	 * Appends the word that starts in a text at the given position: the characters that can
	 * continue an identifier, lower-cased ({@link SqlFingerprinter#wordPartLowerCase}).
	 * @param text the text
	 * @param start where the word starts
	 * @param end where the text ends
	 * @return where the word ends
	 */
	int appendWord(char[] text, int start, int end) {
		char[] chars = this.chars;
		int index = this.length;
		int i = start;
		if (index < LIMIT) {
			// Scanned and copied in one loop, which stops at the limit at the latest: one
			// bound per character, and no check of the limit per character.
			int stop = Math.min(end, start + (LIMIT - index));
			for (; i < stop; i++) {
				char lower = SqlFingerprinter.wordPartLowerCase(text[i]);
				if (lower == 0) {
					this.length = index;
					return i;
				}
				chars[index++] = lower;
			}
			this.length = index;
			if (i == end) {
				return i;
			}
		}
		// The word goes on past the limit: hashed (hash = 31 * hash + c for each character)
		// and kept in the window, in the same loop that scans it.
		long hash = this.tailHash;
		for (; i < end; i++) {
			char lower = SqlFingerprinter.wordPartLowerCase(text[i]);
			if (lower == 0) {
				break;
			}
			hash = 31 * hash + lower;
			chars[LIMIT + (index++ & (WINDOW - 1))] = lower;
		}
		this.tailHash = hash;
		this.length = index;
		return i;
	}

	/**
	 * The character at the given position: any before the limit, and past it only the last
	 * {@value #WINDOW} written since the text was last truncated below them.
	 */
	char charAt(int index) {
		return this.chars[(index < LIMIT) ? index : LIMIT + (index & (WINDOW - 1))];
	}

	/** What {@link #truncate(int, long)} needs to come back to the current length. */
	long checkpoint() {
		return this.tailHash;
	}

	/**
	 * Cuts the text back to a length it had.
	 * @param length the length
	 * @param checkpoint what {@link #checkpoint()} returned at that length
	 */
	void truncate(int length, long checkpoint) {
		this.length = length;
		this.tailHash = checkpoint;
	}

	/**
	 * The fingerprint: the text, or its first characters and the hash of the whole. Once
	 * only: the text cannot be written further afterwards.
	 */
	String build() {
		if (this.length <= LIMIT) {
			return new String(this.chars, 0, this.length);
		}
		// hash = 31 * hash + c for each character, four at a time (independent products).
		long hash = HASH_SEED;
		char[] chars = this.chars;
		int i = 0;
		for (; i + 4 <= LIMIT; i += 4) {
			hash = hash * 923_521 + chars[i] * 29_791L + chars[i + 1] * 961L + chars[i + 2] * 31L + chars[i + 3];
		}
		for (; i < LIMIT; i++) {
			hash = 31 * hash + chars[i];
		}
		hash = hash * power31(this.length - LIMIT) + this.tailHash;
		int end = LIMIT;
		this.chars[end++] = '…';
		this.chars[end++] = ' ';
		this.chars[end++] = '#';
		int digits = Math.max(1, 16 - Long.numberOfLeadingZeros(hash) / 4);
		for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
			this.chars[end++] = Character.forDigit((int) (hash >>> shift) & 0xF, 16);
		}
		return new String(this.chars, 0, end);
	}

	// 31^n modulo 2^64: what multiplying by 31 n times does to a long.
	private static long power31(int n) {
		long result = 1;
		long base = 31;
		for (int e = n; e > 0; e >>>= 1) {
			if ((e & 1) != 0) {
				result *= base;
			}
			base *= base;
		}
		return result;
	}

}
