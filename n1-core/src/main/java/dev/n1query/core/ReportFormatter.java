package dev.n1query.core;

/** Formats findings as the single lines used in the log and in exception messages. */
public final class ReportFormatter {

	/** Fingerprints longer than this are shortened in one-line messages. */
	static final int SHORT_SQL_LENGTH = 160;

	private ReportFormatter() {
	}

	/**
	 * One line describing a finding, for example
	 * {@code 100 × [select … where o1_0.customer_id = ?] from CustomerController.list(CustomerController.java:27)}.
	 * @param finding the finding
	 * @return the description
	 */
	public static String describe(Finding finding) {
		if (finding.isLoop()) {
			StringBuilder loop = new StringBuilder().append(finding.count()).append(" × a loop of ")
				.append(finding.members().size()).append(" statements per item:");
			for (Finding member : finding.members()) {
				loop.append(" [").append(shorten(member.fingerprint())).append("] from ").append(member.callSite());
				if (member.entity() != null && member.association() != null) {
					loop.append(" loading ").append(member.entity()).append('.').append(member.association());
				}
				loop.append(';');
			}
			return loop.append(" Fix: ").append(finding.suggestion()).toString();
		}
		if (finding.kind() == FindingKind.UNUSED_EAGER_LOADING) {
			return finding.entity() + "." + finding.association() + " fetched eagerly (×" + finding.count()
					+ ") by [" + shorten(finding.fingerprint()) + "] from " + finding.callSite()
					+ ", not read by the response's template or JSON. Fix: " + finding.suggestion();
		}
		StringBuilder line = new StringBuilder();
		line.append(finding.count()).append(" × [").append(shorten(finding.fingerprint())).append(']');
		if (finding.kind() == FindingKind.N_PLUS_ONE) {
			line.append(" from ").append(finding.callSite());
		}
		else {
			line.append(" identical, from ");
			for (int i = 0; i < finding.callSites().size(); i++) {
				line.append((i > 0) ? ", " : "").append(finding.callSites().get(i));
			}
		}
		if (finding.entity() != null && finding.association() != null) {
			line.append(" loading ").append(finding.entity()).append('.').append(finding.association());
		}
		if (finding.note() != null) {
			line.append(" (").append(finding.note()).append(')');
		}
		if (finding.suggestion() != null) {
			line.append(". Fix: ").append(finding.suggestion());
		}
		return line.toString();
	}

	/**
	 * Shortens SQL for a one-line message, keeping its start and its end (where the
	 * {@code WHERE} clause usually is).
	 * @param sql the text
	 * @return the text, at most about {@value #SHORT_SQL_LENGTH} characters
	 */
	public static String shorten(String sql) {
		if (sql.length() <= SHORT_SQL_LENGTH) {
			return sql;
		}
		int head = SHORT_SQL_LENGTH * 2 / 3;
		int tail = SHORT_SQL_LENGTH - head;
		return sql.substring(0, head) + " … " + sql.substring(sql.length() - tail);
	}

}
