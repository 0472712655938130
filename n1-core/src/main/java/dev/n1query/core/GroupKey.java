package dev.n1query.core;

/**
 * What makes statements one group: their fingerprint and their call site. Reports,
 * the endpoint and the panel match statements to groups with it.
 *
 * @param fingerprint the fingerprint's text
 * @param callSite the call site
 */
public record GroupKey(String fingerprint, CallSite callSite) {

	/**
	 * The group of a stored statement.
	 * @param statement the statement
	 * @return its group's key
	 */
	public static GroupKey of(RecordedStatement statement) {
		return new GroupKey(statement.fingerprint().text(), statement.callSite());
	}

	/**
	 * The key of a group.
	 * @param group the group
	 * @return its key
	 */
	public static GroupKey of(StatementGroupSummary group) {
		return new GroupKey(group.fingerprint(), group.callSite());
	}

	/**
	 * The group of a (non-loop) N+1 finding.
	 * @param finding the finding
	 * @return its group's key
	 */
	public static GroupKey of(Finding finding) {
		return new GroupKey(finding.fingerprint(), finding.callSite());
	}

}
