package dev.n1query.overlay;

import java.nio.charset.Charset;

/**
 * Inserts a snippet into an HTML document as bytes, before the last {@code </body>}
 * (matched case-insensitively) or at the end when there is none. Every other byte is
 * kept as it was, whatever the document's charset.
 */
public final class HtmlInjector {

	private HtmlInjector() {
	}

	/**
	 * Injects the snippet.
	 * @param document the document's bytes
	 * @param charset the document's charset
	 * @param snippet the markup to insert
	 * @return the new document
	 */
	public static byte[] inject(byte[] document, Charset charset, String snippet) {
		byte[] insert = snippet.getBytes(charset);
		int at = lastIndexOfBodyEnd(document, charset);
		int position = (at >= 0) ? at : document.length;
		byte[] result = new byte[document.length + insert.length];
		System.arraycopy(document, 0, result, 0, position);
		System.arraycopy(insert, 0, result, position, insert.length);
		System.arraycopy(document, position, result, position + insert.length, document.length - position);
		return result;
	}

	static int lastIndexOfBodyEnd(byte[] document, Charset charset) {
		byte[] lower = "</body>".getBytes(charset);
		byte[] upper = "</BODY>".getBytes(charset);
		if (lower.length != upper.length) {
			return -1;
		}
		for (int start = document.length - lower.length; start >= 0; start--) {
			if (matchesAt(document, start, lower, upper)) {
				return start;
			}
		}
		return -1;
	}

	private static boolean matchesAt(byte[] document, int start, byte[] lower, byte[] upper) {
		for (int i = 0; i < lower.length; i++) {
			byte b = document[start + i];
			if (b != lower[i] && b != upper[i]) {
				return false;
			}
		}
		return true;
	}

}
