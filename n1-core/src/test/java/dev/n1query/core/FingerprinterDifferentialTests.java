package dev.n1query.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Making the lexer strictly linear, then table-driven with a text of bounded size, must
 * not change a single fingerprint: random and adversarial statements (the fuzz harness's
 * pieces, separators, comments and quotes left open), statements longer than the
 * fingerprint (cut and hashed), and statements fingerprinted from several threads at once
 * fingerprint exactly as {@link LegacySqlFingerprinter}, the lexer before the changes,
 * fingerprinted them.
 */
class FingerprinterDifferentialTests {

	private static final String[] PIECES = { "select", "SELECT", " ", "\t", "\n", "\r\n", ",", ".", "(", ")", "'",
			"''", "\\'", "\"", "`", "--", "/*", "*/", "$$", "$tag$", "$1", "?", "?1", ":name", "::", "::int", "-",
			"-1", "1.5e-3", ".5", "0xFF", "X'0A'", "N'x'", "true", "FALSE", "null", "in", "IN (", "values", "(?, ?)",
			";", "; ", ";;", " ; ", ";\n", "=", "<>", "!=", "||", "c1_0.id", "\"Quoted\"\"Name\"", "\u0000", "\u0007",
			"\u00a0", "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "日本", "é", "\\", "%", "#", "@", "[", "]", "{", "}" };

	// Pieces that neither open a quote nor a comment, so that statements grow past
	// MAX_LENGTH: groups, rows, lists and words around the point where the text is cut.
	private static final String[] OPEN_PIECES = { "select", "SELECT", " ", "\n", ",", ", ", ".", "(", ")", "(", ")",
			"?", "?", "(?)", "(?, ?)", ", (?, ?)", "(?), ", "(1, 'a')", "('?')", "(\"?\")", "in", "IN (", "in (?, ?)",
			"values", "VALUES (", "1", "-1", ".5", "0xFF", "true", "'x'", "$1", ":name", "::int", "c1_0.id", ";",
			"; ", "=", "<>", "\"Quoted\"", "with", "insert", "Update", "between", "é", "日本", "\u00a0" };

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
			assertFingerprintsAsBefore(sql);
		}
	}

	// Runs of words with dots, commas, equals signs and white space between them, which the
	// lexer takes in one loop, and what may end such a run: literals that look like words,
	// operators that start with '=', comments, casts, quotes, digits, wide characters.
	private static final String[] RUN_PIECES = { "c1_0.id", "email", "Total", "e", "x", "b", "n", "t", "f", "true",
			"False", "trues", "falsey", "'s'", "e'x'", "X'0A'", ",", ", ", " ,", ".", " . ", "=", " = ", "==", "=>", "=<",
			"=-1", "= -1", "=?", "=:p", "=/**/", "=--\n", " ", "  ", "\t", "\n", "\u00a0", "\ufeff", "\u2003", "日本", "é",
			"(", ")", "in", "with", "select", "update", "a$b", "$1", "1", ".5", "::", ";", "\"Q\"", "`b`", "_", "#t", "@v" };

	@Test
	void runsOfWordsFingerprintAsBefore() {
		for (int i = 0; i < 100_000; i++) {
			StringBuilder sql = new StringBuilder();
			int pieces = 1 + this.random.nextInt(60);
			for (int p = 0; p < pieces; p++) {
				sql.append(RUN_PIECES[this.random.nextInt(RUN_PIECES.length)]);
			}
			String statement = sql.toString();
			assertFingerprintsAsBefore(statement);
		}
	}

	@Test
	void runsOfWordsAcrossTheCutFingerprintAsBefore() {
		String[] runs = { "c1_0.id,c1_0.email,c1_0.name", "a.b = c.d", "a=b", "left join t o1_0 on c1_0.id=o1_0.x",
				"x ,y , z", "long_column_name_of_forty_characters_xxxx,b" };
		for (int pad = SqlFingerprinter.MAX_LENGTH - 60; pad < SqlFingerprinter.MAX_LENGTH + 10; pad++) {
			for (String run : runs) {
				for (String head : new String[] { "select ", "select a,", "with x as (select 1) select " }) {
					String sql = head + "x".repeat(Math.max(1, pad - head.length())) + "," + run.repeat(3);
					assertFingerprintsAsBefore(sql);
					String spaced = head + "y ".repeat(Math.max(1, (pad - head.length()) / 2)) + run + " " + run;
					assertFingerprintsAsBefore(spaced);
				}
			}
		}
	}

	@Test
	void statementsWithSeparatorsFingerprintAsBefore() {
		String[] statements = { "select 1;", "select 1; ", "select 1;;", "select 1; select 2", "select 1 ;; x",
				"select 1; -- done", "select 1; /* done */", "select 1;\n\t;", ";", "; ;", ";x", "a;b;c;", "a ; ( ;",
				"select 1;'", "select 1; $$", "select ( 1 ; ) ;", "insert into t values (1); insert into t values (2);" };
		for (String sql : statements) {
			assertFingerprintsAsBefore(sql);
		}
	}

	@Test
	void statementsLongerThanTheFingerprintFingerprintAsBefore() {
		for (int i = 0; i < 500; i++) {
			StringBuilder sql = new StringBuilder();
			int pieces = 200 + this.random.nextInt(2_000);
			for (int p = 0; p < pieces; p++) {
				sql.append(OPEN_PIECES[this.random.nextInt(OPEN_PIECES.length)]);
			}
			String statement = sql.toString();
			assertFingerprintsAsBefore(statement);
		}
	}

	@Test
	void everyTokenAcrossTheCutFingerprintsAsBefore() {
		String[] tails = { " from t where a in (1, 2) and b = -1", " values (?, ?), (?, ?), ('a', 1), (?, ?)",
				" in (?), (?), ('?'), (\"?\"), (?), (?, ?)", " (((?))), (?, (?)), (?)", " \"WeIrD\"\"Name\" between 1 and 2",
				" select insert update delete merge with values", "; ; select 1", " in ( ?, ? ) , ( ? ) , ( ? )" };
		for (int pad = SqlFingerprinter.MAX_LENGTH - 80; pad < SqlFingerprinter.MAX_LENGTH + 20; pad++) {
			for (String tail : tails) {
				for (String head : new String[] { "select ", "with x as (select 1) ", "insert into t values (?), " }) {
					String sql = head + "x".repeat(pad - head.length()) + tail + tail;
					assertFingerprintsAsBefore(sql);
				}
			}
		}
	}

	@Test
	void threadsFingerprintingAtOnceGetTheirOwnFingerprints() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				long seed = t;
				done.add(threads.submit(() -> {
					Random random = new Random(seed);
					for (int i = 0; i < 5_000; i++) {
						String sql = "select c" + random.nextInt(1000) + " from t where id in ("
								+ "?, ".repeat(random.nextInt(5)) + "?)" + " and x = " + "y".repeat(random.nextInt(3000));
						assertFingerprintsAsBefore(sql);
					}
				}));
			}
			for (Future<?> result : done) {
				result.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void assertFingerprintsAsBefore(String sql) {
		assertThat(SqlFingerprinter.fingerprint(sql)).as(sql).isEqualTo(LegacySqlFingerprinter.fingerprint(sql));
	}

}
