package dev.n1query.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each finding of a closed scope once: N+1 patterns at WARN, exact duplicates and
 * unused eager loads at INFO, and a one-line summary of every scope at DEBUG. The logger is
 * {@code dev.n1query}, so {@code logging.level.dev.n1query=error} silences it.
 */
public final class ReportLogger implements ScopeReportListener {

	private static final Logger logger = LoggerFactory.getLogger("dev.n1query");

	@Override
	public void onReport(ScopeReport report) {
		if (logger.isDebugEnabled()) {
			logger.debug("{}: {} statements in {} ms, {} N+1, {} duplicates", report.name(), report.queryCount(),
					report.queryTimeNanos() / 1_000_000, report.nPlusOne().size(), report.duplicates().size());
		}
		for (Finding finding : report.nPlusOne()) {
			if (logger.isWarnEnabled()) {
				logger.warn("N+1 queries in {}: {}", report.name(), ReportFormatter.describe(finding));
			}
		}
		for (Finding finding : report.duplicates()) {
			if (logger.isInfoEnabled()) {
				logger.info("Duplicate queries in {}: {}", report.name(), ReportFormatter.describe(finding));
			}
		}
		for (Finding finding : report.unusedEagerLoads()) {
			if (logger.isInfoEnabled()) {
				logger.info("Unused eager loading in {}: {}", report.name(), ReportFormatter.describe(finding));
			}
		}
	}

}
