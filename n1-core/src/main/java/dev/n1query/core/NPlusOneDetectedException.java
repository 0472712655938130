package dev.n1query.core;

import java.util.List;

/**
 * Thrown when a scope closes with N+1 findings and {@code n1.detection.mode} is
 * {@code fail}.
 */
public class NPlusOneDetectedException extends RuntimeException {

	private final transient ScopeReport report;

	/**
	 * Creates the exception for the given report.
	 * @param report the report with at least one N+1
	 */
	public NPlusOneDetectedException(ScopeReport report) {
		super(describe(report));
		this.report = report;
	}

	/** The report that failed. */
	public ScopeReport getReport() {
		return this.report;
	}

	private static String describe(ScopeReport report) {
		List<Finding> findings = report.nPlusOne();
		StringBuilder message = new StringBuilder().append(findings.size())
			.append((findings.size() == 1) ? " N+1 query pattern" : " N+1 query patterns")
			.append(" in ")
			.append(report.name())
			.append(" (")
			.append(report.queryCount())
			.append(" statements):");
		for (Finding finding : findings) {
			message.append("\n  - ").append(ReportFormatter.describe(finding));
		}
		return message.toString();
	}

}
