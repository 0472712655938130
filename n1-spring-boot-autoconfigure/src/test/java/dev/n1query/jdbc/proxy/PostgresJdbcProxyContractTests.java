package dev.n1query.jdbc.proxy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The JDBC proxy contract on PostgreSQL.
 */
@RealDatabase(RealDatabase.POSTGRES)
class PostgresJdbcProxyContractTests extends JdbcProxyContractTests {

	private final DataSource database = new DriverManagerDataSource(RealDatabase.POSTGRES, "n1test", "n1test");

	@Override
	DataSource database() {
		return this.database;
	}

	@Override
	String generatedKeyColumn() {
		return "bigserial primary key";
	}

	@Override
	void createFunction(Statement statement) throws SQLException {
		statement.execute("create or replace function n1_twice(x integer) returns integer as 'select x * 2' language sql");
	}

	@Override
	String callSql() {
		return "{? = call n1_twice(?)}";
	}

	@Override
	void callFunction(Connection connection, List<String> observed) throws SQLException {
		callWithOutParameter(connection, observed);
	}

}
