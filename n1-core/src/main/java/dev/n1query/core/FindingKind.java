package dev.n1query.core;

/** The kinds of problem N1 reports. */
public enum FindingKind {

	/** The same statement shape from the same call site, with differing values, many times. */
	N_PLUS_ONE,

	/** The same SQL with the same values, run more than once. */
	DUPLICATE,

	/**
	 * An association fetched together with its owners (fetch join, entity graph, EAGER
	 * mapping) that the response never read.
	 */
	UNUSED_EAGER_LOADING

}
