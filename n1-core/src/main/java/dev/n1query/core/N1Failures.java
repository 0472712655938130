package dev.n1query.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where N1's own failures go: N1 must never break the application, so a failure inside
 * it is logged at WARN the first time it happens in a given place, at DEBUG afterwards,
 * and swallowed.
 */
public final class N1Failures {

	private static final Logger logger = LoggerFactory.getLogger(N1Failures.class);

	private static final int MAX_PLACES = 256;

	private static final Set<String> reported = ConcurrentHashMap.newKeySet();

	private N1Failures() {
	}

	/**
	 * Logs a failure inside N1.
	 * @param where a short, constant description of the place
	 * @param failure what went wrong
	 */
	public static void swallow(String where, Throwable failure) {
		boolean first = reported.size() < MAX_PLACES && reported.add(where);
		if (first) {
			logger.warn("N1 failed in {}; the application is not affected (further failures here are logged at DEBUG)",
					where, failure);
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("N1 failed in {}", where, failure);
		}
	}

}
