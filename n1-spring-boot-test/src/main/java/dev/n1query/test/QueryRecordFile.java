package dev.n1query.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record file of one test class: YAML, tests sorted by name, one shape per line
 * sorted by fingerprint, so a change reads as a small diff in review.
 *
 * <pre>
 * customersPage:
 *   statements: 2
 *   shapes:
 *     "select c1_0.id,c1_0.name from customer c1_0": 1
 *     "select o1_0.id from purchase_order o1_0 where o1_0.customer_id=?": 1
 * </pre>
 */
final class QueryRecordFile {

	private static final String HEADER = "# N1 query record of %s: each test's statements and their shapes "
			+ "(fingerprint: count).%n# More statements, or a new repeated shape, fails the test. Accept a change "
			+ "with -Dn1.record=update.%n";

	private QueryRecordFile() {
	}

	static SortedMap<String, QueryRecord> read(Path file) {
		SortedMap<String, QueryRecord> records = new TreeMap<>();
		if (!Files.exists(file)) {
			return records;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String test = null;
		int statements = 0;
		SortedMap<String, Integer> shapes = new TreeMap<>();
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#") || line.equals("  shapes:")) {
				continue;
			}
			if (!line.startsWith(" ") && line.endsWith(":")) {
				if (test != null) {
					records.put(test, new QueryRecord(statements, shapes));
				}
				test = line.substring(0, line.length() - 1);
				statements = 0;
				shapes = new TreeMap<>();
			}
			else if (line.startsWith("  statements: ")) {
				statements = Integer.parseInt(line.substring("  statements: ".length()).trim());
			}
			else if (line.startsWith("    \"")) {
				int end = line.lastIndexOf("\": ");
				shapes.put(unquote(line.substring(5, end)), Integer.parseInt(line.substring(end + 3).trim()));
			}
			else {
				throw new IllegalStateException("Unreadable line in the N1 query record " + file + ": " + line);
			}
		}
		if (test != null) {
			records.put(test, new QueryRecord(statements, shapes));
		}
		return records;
	}

	static void write(Path file, String testClass, Map<String, QueryRecord> records) {
		StringBuilder text = new StringBuilder(String.format(HEADER, testClass));
		new TreeMap<>(records).forEach((test, record) -> {
			text.append(test).append(":\n  statements: ").append(record.statements()).append("\n  shapes:\n");
			record.shapes().forEach((shape, count) -> text.append(shapeLine(shape, count)).append('\n'));
		});
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A shape as the file writes it, for diffs in failure messages. */
	static String shapeLine(String fingerprint, int count) {
		return "    \"" + quote(fingerprint) + "\": " + count;
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c);
			}
		}
		return quoted.toString();
	}

	private static String unquote(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				plain.append(switch (next) {
					case 'n' -> '\n';
					case 'r' -> '\r';
					case 't' -> '\t';
					default -> next;
				});
			}
			else {
				plain.append(c);
			}
		}
		return plain.toString();
	}

}
