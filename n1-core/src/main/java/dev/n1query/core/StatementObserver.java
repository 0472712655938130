package dev.n1query.core;

/**
 * Told about every statement, in a scope or not, on the thread that ran it: where
 * metrics count statements. Must be cheap and must not throw.
 */
@FunctionalInterface
public interface StatementObserver {

	/**
	 * Called once per statement execution.
	 * @param type the kind of statement
	 * @param dataSourceName the DataSource it ran on
	 */
	void onStatement(StatementType type, String dataSourceName);

}
