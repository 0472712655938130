package dev.n1query.core;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The fingerprint table: each row is a statement as drivers see it and the fingerprint
 * it must have.
 */
class SqlFingerprinterUnitTests {

	static Stream<Arguments> table() {
		return Stream.of(
				// Hibernate 7 generated SQL, aliases like c1_0 kept intact
				row("select c1_0.id,c1_0.email,c1_0.name from customer c1_0",
						"select c1_0.id, c1_0.email, c1_0.name from customer c1_0"),
				row("select o1_0.customer_id,o1_0.id,o1_0.total from orders o1_0 where o1_0.customer_id=?",
						"select o1_0.customer_id, o1_0.id, o1_0.total from orders o1_0 where o1_0.customer_id = ?"),
				row("select c1_0.id,o1_0.customer_id,o1_0.id from customer c1_0 left join orders o1_0 on c1_0.id=o1_0.customer_id",
						"select c1_0.id, o1_0.customer_id, o1_0.id from customer c1_0 left join orders o1_0 on c1_0.id = o1_0.customer_id"),
				row("insert into orders (customer_id,total,id) values (?,?,default)",
						"insert into orders (customer_id, total, id) values (?, ?, default)"),
				row("update customer set name=?,version=? where id=? and version=?",
						"update customer set name = ?, version = ? where id = ? and version = ?"),
				row("delete from orders where id=?", "delete from orders where id = ?"),
				row("select next value for orders_seq", "select next value for orders_seq"),
				// literals inlined by string-built JdbcTemplate SQL
				row("select * from orders where customer_id = 17", "select * from orders where customer_id = ?"),
				row("SELECT * FROM orders WHERE customer_id = 17 AND status = 'NEW'",
						"select * from orders where customer_id = ? and status = ?"),
				row("select * from t where a = 'it''s'", "select * from t where a = ?"),
				row("select * from t where a = 'O\\'Brien' and b = 1", "select * from t where a = ? and b = ?"),
				row("select * from t where path = 'C:\\' and b = 2", "select * from t where path = ? and b = ?"),
				row("select * from t where a = ''", "select * from t where a = ?"),
				// numbers: negative, decimal, exponent, hex, booleans
				row("select * from t where balance > -42", "select * from t where balance > ?"),
				row("select * from t where balance=-42.50", "select * from t where balance = ?"),
				row("select * from t where x between -1.5e3 and .25", "select * from t where x between ? and ?"),
				row("select a - 1 from t", "select a - ? from t"),
				row("select * from t where flags = 0xFF and b = X'0A1B'", "select * from t where flags = ? and b = ?"),
				row("select * from t where active = TRUE or deleted = false",
						"select * from t where active = ? or deleted = ?"),
				row("select * from t where a is null", "select * from t where a is null"),
				// IN lists of different lengths, and the size of the longest
				row("select * from book where author_id in (1, 2, 3)", "select * from book where author_id in (?)"),
				row("select * from book where author_id in (?,?,?,?,?,?,?,?,?,?)",
						"select * from book where author_id in (?)"),
				row("select * from book where author_id in ('a')", "select * from book where author_id in (?)"),
				row("select * from book where id in (select book_id from loan where member_id = 5)",
						"select * from book where id in (select book_id from loan where member_id = ?)"),
				// multi-row VALUES
				row("insert into t (a, b) values (1, 'x'), (2, 'y'), (3, 'z')", "insert into t (a, b) values (?)"),
				row("INSERT INTO t (a,b) VALUES (?,?),(?,?)", "insert into t (a, b) values (?)"),
				// comments dropped
				row("select * from t -- trailing comment\nwhere id = 1", "select * from t where id = ?"),
				row("/* load customers */ select id from customer", "select id from customer"),
				row("select /*+ INDEX(c idx) */ id from customer c", "select id from customer c"),
				row("select 1 /* unterminated comment", "select ?"),
				// quoted identifiers
				row("select \"c1_0\".\"id\" from \"Customer\" \"c1_0\"", "select c1_0.id from customer c1_0"),
				row("select `c`.`id` from `customer` `c` where `c`.`id` = 3", "select c.id from customer c where c.id = ?"),
				row("select \"weird \"\"name\"\"\" from t", "select weird \"name\" from t"),
				// PostgreSQL: casts, $n parameters, dollar quotes, RETURNING
				row("select * from t where id = $1::int and name = $2", "select * from t where id = ?::int and name = ?"),
				row("select '2024-01-01'::date", "select ?::date"),
				row("select $$it's a $1 string$$, $tag$x$tag$", "select ?, ?"),
				row("insert into t (a) values ($1) returning id", "insert into t (a) values (?) returning id"),
				// LIMIT / OFFSET and MariaDB LIMIT ?, ?
				row("select * from t order by id limit 10 offset 20", "select * from t order by id limit ? offset ?"),
				row("select * from t limit ?, ?", "select * from t limit ?, ?"),
				// named and JPA-style parameters
				row("select * from t where id = :id and name = ?1", "select * from t where id = ? and name = ?"),
				// case and white space
				row("  SELECT\n\tID\r\nFROM   Customer  WHERE  ID=?  ; ", "select id from customer where id = ?"),
				row("select count(*) from orders", "select count (*) from orders"),
				row("with recent as (select * from orders where created > ?) update customer set seen = ?",
						"with recent as (select * from orders where created > ?) update customer set seen = ?"),
				// empty input and garbage never throw
				row("", ""),
				row("   ", ""),
				row("'unterminated", "?"),
				row("\"unterminated identifier", "unterminated identifier"),
				row("))))((( ,,, ...", ")))) (((,,,..."),
				row("¿qué? 日本語 ✓", "¿ qué ? 日本語 ✓"),
				row("\u0000\u0001select\u0007 1", "select ?"));
	}

	private static Arguments row(String sql, String fingerprint) {
		return arguments(sql, fingerprint);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("table")
	void fingerprints(String sql, String expected) {
		assertThat(SqlFingerprinter.fingerprint(sql).text()).isEqualTo(expected);
	}

	@Test
	void tableHasAtLeastFortyStatements() {
		assertThat(table().count()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void boundAndInlinedStatementsShareAFingerprint() {
		assertThat(SqlFingerprinter.fingerprint("select * from orders where customer_id = ?"))
			.isEqualTo(SqlFingerprinter.fingerprint("select * from orders where customer_id = 17"));
	}

	@Test
	void inListSizeIsTheLongestList() {
		assertThat(SqlFingerprinter.fingerprint("select * from b where a in (?, ?, ?) or c in (?)").inListSize())
			.isEqualTo(3);
		assertThat(SqlFingerprinter.fingerprint("select * from b where a in (?)").inListSize()).isEqualTo(1);
		assertThat(SqlFingerprinter.fingerprint("select * from b where a = ?").inListSize()).isZero();
		assertThat(SqlFingerprinter.fingerprint("insert into b values (?, ?)").inListSize()).isZero();
	}

	@Test
	void typeComesFromTheLeadingKeyword() {
		assertThat(SqlFingerprinter.fingerprint("SELECT 1").type()).isEqualTo(StatementType.SELECT);
		assertThat(SqlFingerprinter.fingerprint("/* x */ insert into t values (1)").type())
			.isEqualTo(StatementType.INSERT);
		assertThat(SqlFingerprinter.fingerprint("update t set a = 1").type()).isEqualTo(StatementType.UPDATE);
		assertThat(SqlFingerprinter.fingerprint("delete from t").type()).isEqualTo(StatementType.DELETE);
		assertThat(SqlFingerprinter.fingerprint("with x as (select 1) delete from t").type())
			.isEqualTo(StatementType.DELETE);
		assertThat(SqlFingerprinter.fingerprint("call proc(1)").type()).isEqualTo(StatementType.OTHER);
		assertThat(SqlFingerprinter.fingerprint("").type()).isEqualTo(StatementType.OTHER);
		assertThat(SqlFingerprinter.fingerprint(null).text()).isEmpty();
	}

	@Test
	void hugeStatementsAreCutAndStillDistinct() {
		String columns = "c".repeat(1_000_000);
		Fingerprint a = SqlFingerprinter.fingerprint("select " + columns + "a from t");
		Fingerprint b = SqlFingerprinter.fingerprint("select " + columns + "b from t");
		assertThat(a.text()).hasSizeLessThan(SqlFingerprinter.MAX_LENGTH + 40);
		assertThat(a.text()).isNotEqualTo(b.text());
	}

	@Test
	void tenThousandItemInListCollapses() {
		StringBuilder sql = new StringBuilder("select * from t where id in (");
		for (int i = 0; i < 10_000; i++) {
			sql.append((i > 0) ? ", " : "").append(i);
		}
		Fingerprint fingerprint = SqlFingerprinter.fingerprint(sql.append(")").toString());
		assertThat(fingerprint.text()).isEqualTo("select * from t where id in (?)");
		assertThat(fingerprint.inListSize()).isEqualTo(10_000);
	}

	@Test
	void deepNestingDoesNotThrow() {
		String sql = "select " + "(".repeat(10_000) + "1" + ")".repeat(10_000);
		assertThat(SqlFingerprinter.fingerprint(sql).text()).startsWith("select (");
	}

}
