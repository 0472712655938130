package dev.n1query.core;

/**
 * How scopes are analysed.
 *
 * @param mode what to do with findings
 * @param threshold executions of one shape from one call site that make an N+1
 * @param maxStatements statements stored per scope; later ones are counted only
 * @param safelist findings the application accepts
 * @param sampleRate the fraction of request scopes analysed past {@code minAnalysedPerSecond},
 * from 0 to 1: the others only count their statements (jobs, and every scope in
 * {@code fail} mode, are always analysed)
 * @param minAnalysedPerSecond requests analysed per second whatever the sample rate, on
 * average: an allowance that quiet seconds save up to 10 seconds' worth
 */
public record DetectionSettings(DetectionMode mode, int threshold, int maxStatements, Safelist safelist,
		double sampleRate, int minAnalysedPerSecond) {

	/** The defaults: log, threshold 3, 500 stored statements, nothing safelisted, every request analysed. */
	public static final DetectionSettings DEFAULTS = new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE);

	public DetectionSettings {
		if (threshold < 2) {
			throw new IllegalArgumentException("n1.detection.threshold must be at least 2, was " + threshold);
		}
		if (maxStatements < 0) {
			throw new IllegalArgumentException("n1.detection.max-statements must not be negative, was " + maxStatements);
		}
		if (!(sampleRate >= 0 && sampleRate <= 1)) {
			throw new IllegalArgumentException("n1.detection.sample-rate must be between 0 and 1, was " + sampleRate);
		}
		if (minAnalysedPerSecond < 0) {
			throw new IllegalArgumentException(
					"n1.detection.min-analysed-per-second must be at least 0, was " + minAnalysedPerSecond);
		}
	}

	/**
	 * Settings that analyse every scope.
	 * @param mode what to do with findings
	 * @param threshold executions of one shape from one call site that make an N+1
	 * @param maxStatements statements stored per scope; later ones are counted only
	 * @param safelist findings the application accepts
	 */
	public DetectionSettings(DetectionMode mode, int threshold, int maxStatements, Safelist safelist) {
		this(mode, threshold, maxStatements, safelist, 1.0, 0);
	}

}
