package dev.n1query.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.n1query.core.CallSite;
import dev.n1query.core.Finding;
import dev.n1query.core.ReportFormatter;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementGroupSummary;

/**
 * The shapes of recorded statements: counts per fingerprint (and per call site), and a
 * brief form of a fingerprint for messages.
 */
final class Shapes {

	private Shapes() {
	}

	/**
	 * Statements per fingerprint over every report, sorted by fingerprint.
	 * @param queries what was recorded
	 * @return the counts
	 */
	static TreeMap<String, Integer> byFingerprint(RecordedQueries queries) {
		TreeMap<String, Integer> counts = new TreeMap<>();
		for (ScopeReport report : queries.reports()) {
			for (StatementGroupSummary group : report.groups()) {
				counts.merge(group.fingerprint(), group.count(), Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * Statements per fingerprint and call site over every report, in first-seen order.
	 * @param queries what was recorded
	 * @return the counts
	 */
	static Map<Site, Integer> bySite(RecordedQueries queries) {
		Map<Site, Integer> counts = new LinkedHashMap<>();
		for (ScopeReport report : queries.reports()) {
			for (StatementGroupSummary group : report.groups()) {
				counts.merge(new Site(group.fingerprint(), group.callSite()), group.count(), Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * The {@code Entity.association} an N+1 finding names for statements of this
	 * fingerprint and call site, or {@code null}.
	 * @param queries what was recorded
	 * @param site the statements
	 * @return the association, where known
	 */
	static String association(RecordedQueries queries, Site site) {
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : queries.nPlusOne()) {
			findings.add(finding);
			findings.addAll(finding.members());
		}
		for (Finding finding : findings) {
			if (finding.fingerprint().equals(site.fingerprint()) && finding.entity() != null
					&& finding.association() != null
					&& (finding.callSites().isEmpty() || finding.callSites().contains(site.callSite()))) {
				return finding.entity() + "." + finding.association();
			}
		}
		return null;
	}

	/**
	 * A fingerprint for a one-line message: a SELECT's column list becomes {@code …}, and
	 * what is still long is cut in the middle.
	 * @param fingerprint the fingerprint
	 * @return the brief form
	 */
	static String brief(String fingerprint) {
		String text = fingerprint;
		int from = text.indexOf(" from ");
		int parenthesis = text.indexOf('(');
		// only a plain column list: a sub-select among the columns would make the first " from " the wrong one
		boolean plainColumns = parenthesis < 0 || parenthesis > from;
		if (text.startsWith("select ") && from > "select ".length() && plainColumns) {
			text = "select …" + text.substring(from);
		}
		return ReportFormatter.shorten(text);
	}

	/** Statements of one fingerprint from one call site. */
	record Site(String fingerprint, CallSite callSite) {

		Site {
			Objects.requireNonNull(fingerprint);
		}

	}

}
