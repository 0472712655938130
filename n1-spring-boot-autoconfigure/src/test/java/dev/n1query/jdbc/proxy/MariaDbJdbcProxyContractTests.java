package dev.n1query.jdbc.proxy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The JDBC proxy contract on MariaDB.
 */
@RealDatabase(RealDatabase.MARIADB)
class MariaDbJdbcProxyContractTests extends JdbcProxyContractTests {

	private final DataSource database = new DriverManagerDataSource(RealDatabase.MARIADB, "n1test", "n1test");

	@Override
	DataSource database() {
		return this.database;
	}

	@Override
	String generatedKeyColumn() {
		return "bigint auto_increment primary key";
	}

	@Override
	void createFunction(Statement statement) throws SQLException {
		statement.execute("drop function if exists n1_twice");
		statement.execute("create function n1_twice(x int) returns int deterministic return x * 2");
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
