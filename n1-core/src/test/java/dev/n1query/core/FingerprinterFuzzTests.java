package dev.n1query.core;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz harness for the fingerprinter: random and adversarial SQL (quotes,
 * comments and dollar quotes left open, deep nesting, control characters, lone
 * surrogates, megabyte statements). Never an exception, always the same result for the
 * same input, always a bounded fingerprint.
 */
class FingerprinterFuzzTests {

	private static final String[] PIECES = { "select", "SELECT", " ", "\t", "\n", "\r\n", ",", ".", "(", ")", "'",
			"''", "\\'", "\"", "`", "--", "/*", "*/", "$$", "$tag$", "$1", "?", "?1", ":name", "::", "::int", "-",
			"-1", "1.5e-3", ".5", "0xFF", "X'0A'", "N'x'", "true", "FALSE", "null", "in", "IN (", "values", "(?, ?)",
			";", "=", "<>", "!=", "||", "c1_0.id", "\"Quoted\"\"Name\"", "\u0000", "\u0007", "\u00a0", "\ufeff",
			"\ud800", "\udc00", "\ud83d\ude00", "日本", "é", "\\", "%", "#", "@", "[", "]", "{", "}" };

	private final Random random = new Random(20261121L);

	private String randomSql(int pieces) {
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < pieces; i++) {
			if (this.random.nextInt(10) == 0) {
				sql.append((char) this.random.nextInt(0x10000));
			}
			else {
				sql.append(PIECES[this.random.nextInt(PIECES.length)]);
			}
		}
		return sql.toString();
	}

	private static void assertSane(String sql) {
		Fingerprint first = SqlFingerprinter.fingerprint(sql);
		Fingerprint second = SqlFingerprinter.fingerprint(sql);
		assertThat(first).isEqualTo(second);
		assertThat(first.text().length()).isLessThanOrEqualTo(SqlFingerprinter.MAX_LENGTH + 40);
		assertThat(first.type()).isNotNull();
		assertThat(first.inListSize()).isNotNegative();
	}

	@Test
	void twentyThousandRandomStatements() {
		for (int i = 0; i < 20_000; i++) {
			assertSane(randomSql(1 + this.random.nextInt(60)));
		}
	}

	@Test
	void megabyteStatementsOfEveryAdversarialShape() {
		int size = 1 << 20;
		assertSane("select '" + "x".repeat(size)); // unterminated string
		assertSane("select /*" + "y".repeat(size)); // unterminated comment
		assertSane("select $q$" + "z".repeat(size)); // unterminated dollar quote
		assertSane("(".repeat(size)); // deep nesting, never closed
		assertSane(")".repeat(size));
		assertSane("select " + "?, ".repeat(size / 3) + "?");
		assertSane("insert into t values " + "(?, ?), ".repeat(size / 8) + "(?, ?)");
		assertSane("-".repeat(size));
		assertSane("\u0000".repeat(size));
		assertSane(randomSql(200_000));
	}

	@Test
	void statementsThatDifferOnlyInTheirValuesShareAFingerprint() {
		String[] tables = { "customer", "purchase_order", "\"Book\"", "`line`" };
		for (int i = 0; i < 2_000; i++) {
			String table = tables[this.random.nextInt(tables.length)];
			String template = "SELECT a, b FROM " + table + " WHERE id = %s AND name = %s AND total > %s AND code IN (%s)";
			Fingerprint bound = SqlFingerprinter.fingerprint(String.format(template, "?", "?", "?", "?, ?"));
			Fingerprint inlined = SqlFingerprinter.fingerprint(String.format(template, this.random.nextInt(),
					// backslashes left out: \' is read as MySQL's escape, a documented heuristic
					"'" + randomSql(3).replace("\\", "").replace("'", "''") + "'",
					(this.random.nextBoolean() ? "-" : "") + this.random.nextDouble(),
					"1, 2, 3".repeat(1 + this.random.nextInt(3)).replace("31", "3, 1")));
			assertThat(inlined.text()).isEqualTo(bound.text());
		}
	}

}
