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

	/**
	 * Whether this listener wants the reports of scopes that were only counted, not
	 * analysed ({@link ScopeReport#analysed()} is {@code false}): requests the sample rate
	 * left out, most requests of a busy server. A listener with nothing to do for them
	 * answers {@code false} and is not called for them: right after a page, even a call
	 * that returns at once costs cache misses. Asked once, when the listener is added.
	 * @return {@code true} unless the listener ignores such reports
	 */
	default boolean wantsCountedReports() {
		return true;
	}

}
