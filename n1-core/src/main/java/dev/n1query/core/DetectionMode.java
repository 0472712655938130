package dev.n1query.core;

/** What N1 does with the N+1 patterns it finds. */
public enum DetectionMode {

	/** Log one WARN per finding (the default). */
	LOG,

	/** Log, then throw {@link NPlusOneDetectedException} when the scope closes: for tests and development. */
	FAIL,

	/** Count statements only: no analysis, no log. */
	OFF

}
