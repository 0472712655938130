package dev.n1query.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where parameter values are masked, string-built SQL and database error messages must not
 * carry them either.
 */
class ValueMaskingUnitTests {

	@Test
	void literalsOfStringBuiltSqlAreMasked() {
		assertThat(ValueMasking.sql("SELECT * FROM users WHERE email = 'bob@example.com' AND id = 42"))
			.isEqualTo("SELECT * FROM users WHERE email = ****** AND id = ******");
		assertThat(ValueMasking.sql("select * from t where a = 'it''s' and b = -1.5e3 and c = X'0A' and d = true"))
			.isEqualTo("select * from t where a = ****** and b = ****** and c = ****** and d = ******");
		assertThat(ValueMasking.sql("insert into t (a, b) values (1, N'x'), (2, E'y')"))
			.isEqualTo("insert into t (a, b) values (******, ******), (******, ******)");
		assertThat(ValueMasking.sql("select $$secret$$, $tag$secret$tag$, '2024-01-01'::date"))
			.isEqualTo("select ******, ******, ******::date");
		assertThat(ValueMasking.sql("select 'unterminated secret")).isEqualTo("select ******");
	}

	@Test
	void namesBindMarkersAndLayoutStay() {
		String sql = "select c1_0.\"Name\", `t`.id\n  from customer c1_0 /* load */ where c1_0.id = ? and x = $1 and y = :name";
		assertThat(ValueMasking.sql(sql)).isEqualTo(sql);
		assertThat(ValueMasking.sql(null)).isNull();
		assertThat(ValueMasking.sql("")).isEmpty();
	}

	@Test
	void valuesQuotedByDatabaseErrorsAreMasked() {
		// H2
		assertThat(ValueMasking.errorMessage(
				"Value too long for column \"NAME CHARACTER VARYING(5)\": \"'secret-value' (12)\"; SQL statement:\ninsert into t (name) values ('secret-value') [22001-240]"))
			.doesNotContain("secret", "12")
			.startsWith("Value too long for column \"******\": \"******\"; SQL statement:\ninsert into t (name) values (");
		assertThat(ValueMasking.errorMessage("Data conversion error converting \"secret\"; SQL statement:"))
			.isEqualTo("Data conversion error converting \"******\"; SQL statement:");
		// PostgreSQL
		assertThat(ValueMasking.errorMessage(
				"ERROR: duplicate key value violates unique constraint \"users_email_key\"\n  Detail: Key (email)=(bob@example.com) already exists."))
			.isEqualTo(
					"ERROR: duplicate key value violates unique constraint \"******\"\n  Detail: Key (email)=(******) already exists.");
		assertThat(ValueMasking.errorMessage("new row violates check constraint \"c\"\n  Detail: Failing row contains (7, bob, null)."))
			.endsWith("Failing row contains (******).");
		// MySQL, SQL Server
		assertThat(ValueMasking.errorMessage("Duplicate entry 'bob@example.com' for key 'users.email'"))
			.isEqualTo("Duplicate entry '******' for key '******'");
		assertThat(ValueMasking.errorMessage("Cannot insert duplicate key in object 'dbo.users'. The duplicate key value is (bob)."))
			.endsWith("The duplicate key value is (******).");
		assertThat(ValueMasking.errorMessage("out of range: 123456789")).isEqualTo("out of range: ******");
		assertThat(ValueMasking.errorMessage("Table PRIMARY_KEY_1 missing")).isEqualTo("Table PRIMARY_KEY_1 missing");
		assertThat(ValueMasking.errorMessage("cut in the middle of 'a secre")).isEqualTo("cut in the middle of '******");
	}

}
