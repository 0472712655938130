package dev.n1query.jdbc.proxy;

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
 * {@code scripts/start-test-databases.sh}); in CI ({@code CI=true}) always. A copy of the
 * demo's {@code dev.n1query.demo.databases.RealDatabase}, which this module cannot see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealDatabase.Condition.class)
@interface RealDatabase {

	String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/n1test";

	String MARIADB = "jdbc:mariadb://127.0.0.1:3306/n1test";

	/** The JDBC URL. */
	String value();

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String url = context.getElement()
				.map((element) -> element.getAnnotation(RealDatabase.class))
				.map(RealDatabase::value)
				.orElse(null);
			if (url == null || "true".equalsIgnoreCase(System.getenv("CI"))) {
				return ConditionEvaluationResult.enabled("runs");
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
