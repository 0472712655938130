package dev.n1query.core;

/**
 * Receives the report of every scope when it closes: the log, the history, metrics and
 * tests plug in here. Called on the thread that closes the scope; exceptions are logged
 * and swallowed.
 */
@FunctionalInterface
public interface ScopeReportListener {

	/**
	 * Called once per closed scope.
	 * @param report the analysed scope
	 */
	void onReport(ScopeReport report);

}
