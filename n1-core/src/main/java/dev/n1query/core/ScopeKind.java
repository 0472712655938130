package dev.n1query.core;

/** What a {@link QueryScope} stands for. */
public enum ScopeKind {

	/** One HTTP request, opened and closed by N1's servlet filter. */
	REQUEST,

	/** A unit of work named by the application: a scheduled job, a message listener. */
	JOB

}
