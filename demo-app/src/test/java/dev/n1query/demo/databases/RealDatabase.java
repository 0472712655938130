package dev.n1query.demo.databases;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when its real database answers on loopback (started by
 * {@code scripts/start-test-databases.sh}, which {@code .ci/run} calls). Elsewhere the
 * class is skipped with that reason; in CI ({@code CI=true}) it always runs, so a missing
 * database fails instead of being skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealDatabase.Condition.class)
public @interface RealDatabase {

	/** PostgreSQL on 127.0.0.1:5432, database and user {@code n1test}. */
	String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/n1test";

	/** MariaDB on 127.0.0.1:3306, database and user {@code n1test}. */
	String MARIADB = "jdbc:mariadb://127.0.0.1:3306/n1test";

	/** The JDBC URL. */
	String value();

	/** The condition. */
	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String url = context.getElement()
				.map((element) -> element.getAnnotation(RealDatabase.class))
				.map(RealDatabase::value)
				.orElse(null);
			if (url == null) {
				return ConditionEvaluationResult.enabled("not a real-database test");
			}
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				return ConditionEvaluationResult.enabled("CI runs the real-database tests");
			}
			Properties credentials = new Properties();
			credentials.setProperty("user", "n1test");
			credentials.setProperty("password", "n1test");
			credentials.setProperty("connectTimeout", url.startsWith("jdbc:postgresql") ? "2" : "2000");
			try (Connection ignored = DriverManager.getConnection(url, credentials)) {
				return ConditionEvaluationResult.enabled(url + " answers");
			}
			catch (SQLException ex) {
				return ConditionEvaluationResult.disabled(url + " does not answer (" + ex.getMessage()
						+ "): run scripts/start-test-databases.sh to run these tests");
			}
		}

	}

}
