package dev.n1query.core;

/**
 * How scopes are analysed.
 *
 * @param mode what to do with findings
 * @param threshold executions of one shape from one call site that make an N+1
 * @param maxStatements statements stored per scope; later ones are counted only
 * @param safelist findings the application accepts
 */
public record DetectionSettings(DetectionMode mode, int threshold, int maxStatements, Safelist safelist) {

	/** The defaults: log, threshold 3, 500 stored statements, nothing safelisted. */
	public static final DetectionSettings DEFAULTS = new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE);

	public DetectionSettings {
		if (threshold < 2) {
			throw new IllegalArgumentException("n1.detection.threshold must be at least 2, was " + threshold);
		}
		if (maxStatements < 0) {
			throw new IllegalArgumentException("n1.detection.max-statements must not be negative, was " + maxStatements);
		}
	}

}
