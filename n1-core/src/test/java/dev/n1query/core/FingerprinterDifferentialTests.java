package dev.n1query.core;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Making the lexer strictly linear must not change a single fingerprint: random and
 * adversarial statements (the fuzz harness's pieces, separators, comments and quotes left
 * open) fingerprint exactly as {@link LegacySqlFingerprinter}, the lexer before the change,
 * fingerprinted them.
 */
class FingerprinterDifferentialTests {

	private static final String[] PIECES = { "select", "SELECT", " ", "\t", "\n", "\r\n", ",", ".", "(", ")", "'",
			"''", "\\'", "\"", "`", "--", "/*", "*/", "$$", "$tag$", "$1", "?", "?1", ":name", "::", "::int", "-",
			"-1", "1.5e-3", ".5", "0xFF", "X'0A'", "N'x'", "true", "FALSE", "null", "in", "IN (", "values", "(?, ?)",
			";", "; ", ";;", " ; ", ";\n", "=", "<>", "!=", "||", "c1_0.id", "\"Quoted\"\"Name\"", "\u0000", "\u0007",
			"\u00a0", "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "日本", "é", "\\", "%", "#", "@", "[", "]", "{", "}" };

	private final Random random = new Random(20261130L);

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

	@Test
	void oneHundredThousandRandomStatementsFingerprintAsBefore() {
		for (int i = 0; i < 100_000; i++) {
			String sql = randomSql(1 + this.random.nextInt(80));
			assertThat(SqlFingerprinter.fingerprint(sql)).as(sql).isEqualTo(LegacySqlFingerprinter.fingerprint(sql));
		}
	}

	@Test
	void statementsWithSeparatorsFingerprintAsBefore() {
		String[] statements = { "select 1;", "select 1; ", "select 1;;", "select 1; select 2", "select 1 ;; x",
				"select 1; -- done", "select 1; /* done */", "select 1;\n\t;", ";", "; ;", ";x", "a;b;c;", "a ; ( ;",
				"select 1;'", "select 1; $$", "select ( 1 ; ) ;", "insert into t values (1); insert into t values (2);" };
		for (String sql : statements) {
			assertThat(SqlFingerprinter.fingerprint(sql)).as(sql).isEqualTo(LegacySqlFingerprinter.fingerprint(sql));
		}
	}

}
