package dev.n1query.test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.n1query.core.Finding;
import dev.n1query.core.RecordedStatement;
import dev.n1query.core.ReportFormatter;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementGroupSummary;
import dev.n1query.core.StatementType;

/**
 * The statements of a block, a request or a test: the reports of every scope that closed
 * while it ran (its own scope, and the request scopes opened inside it), and how to
 * describe them in a failure message, grouped like Django's {@code assertNumQueries}
 * prints the captured queries.
 */
public final class RecordedQueries {

	private final List<ScopeReport> reports;

	RecordedQueries(List<ScopeReport> reports) {
		this.reports = List.copyOf(reports);
	}

	/** The reports, in the order their scopes closed. */
	public List<ScopeReport> reports() {
		return this.reports;
	}

	/** Every statement executed. */
	public int count() {
		return this.reports.stream().mapToInt(ScopeReport::queryCount).sum();
	}

	/**
	 * Statements of one kind.
	 * @param type the kind
	 * @return how many ran
	 */
	public int count(StatementType type) {
		return this.reports.stream().mapToInt((report) -> report.count(type)).sum();
	}

	/** The N+1 findings of every scope. */
	public List<Finding> nPlusOne() {
		List<Finding> findings = new ArrayList<>();
		this.reports.forEach((report) -> findings.addAll(report.nPlusOne()));
		return findings;
	}

	/** The duplicate findings of every scope. */
	public List<Finding> duplicates() {
		List<Finding> findings = new ArrayList<>();
		this.reports.forEach((report) -> findings.addAll(report.duplicates()));
		return findings;
	}

	/** The unused-eager-loading findings of every scope. */
	public List<Finding> unusedEagerLoads() {
		List<Finding> findings = new ArrayList<>();
		this.reports.forEach((report) -> findings.addAll(report.unusedEagerLoads()));
		return findings;
	}

	/** A listing of what ran: per scope, its groups with counts and call sites, then its statements. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		Map<StatementType, Integer> byType = new EnumMap<>(StatementType.class);
		for (StatementType type : StatementType.values()) {
			byType.put(type, count(type));
		}
		text.append(count()).append(" statements (");
		byType.forEach((type, count) -> {
			if (count > 0) {
				text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ").append(count).append(' ').append(type.tagValue());
			}
		});
		text.append(")");
		for (ScopeReport report : this.reports) {
			if (report.queryCount() == 0) {
				continue;
			}
			text.append("\n  in ").append(report.name()).append(": ").append(report.queryCount()).append(" statements");
			for (Finding finding : report.nPlusOne()) {
				text.append("\n    N+1: ").append(ReportFormatter.describe(finding));
			}
			for (Finding finding : report.duplicates()) {
				text.append("\n    duplicate: ").append(ReportFormatter.describe(finding));
			}
			for (StatementGroupSummary group : report.groups()) {
				text.append("\n    ").append(group.count()).append(" × ").append(ReportFormatter.shorten(group.fingerprint()))
					.append("   [").append(group.callSite()).append(']');
			}
			int shown = 0;
			for (RecordedStatement statement : report.statements()) {
				if (shown++ == 20) {
					text.append("\n      … ").append(report.queryCount() - 20).append(" more");
					break;
				}
				text.append("\n      ").append(statement.index() + 1).append(". ")
					.append(ReportFormatter.shorten(statement.sql()));
				if (!statement.parameters().isEmpty()) {
					text.append("   ").append(statement.parameters());
				}
			}
		}
		return text.toString();
	}

}
