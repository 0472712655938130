package dev.n1query.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scope knows about one fingerprint: how often it ran, where from, and which
 * executions were exact repeats. Guarded by its scope's lock.
 */
final class FingerprintTally {

	/** Call sites captured for every one of the first executions of a fingerprint. */
	static final int ALWAYS_SAMPLED = 4;

	private static final int MAX_EXACT_KEYS = 256;

	final Fingerprint fingerprint;

	int executions;

	CallSite lastCallSite;

	/** Set when two executions came from different call sites: capture every one from then on. */
	boolean mixedCallSites;

	final Map<Long, ExactRepeat> exact = new HashMap<>();

	/** The group of the last execution: the next one usually belongs to it too. */
	StatementGroup lastGroup;

	FingerprintTally(Fingerprint fingerprint) {
		this.fingerprint = fingerprint;
	}

	/**
	 * Capturing a stack costs microseconds, so after the first few executions it is done
	 * only at powers of two, unless call sites have been seen to differ. Executions in
	 * between are attributed to the last call site seen.
	 */
	boolean needsCallSite() {
		int n = this.executions;
		return n < ALWAYS_SAMPLED || this.mixedCallSites || (n & (n - 1)) == 0;
	}

	CallSite attribute(CallSite captured) {
		if (captured == null) {
			return (this.lastCallSite != null) ? this.lastCallSite : CallSite.UNKNOWN;
		}
		if (this.lastCallSite != null && !this.lastCallSite.equals(captured)) {
			this.mixedCallSites = true;
		}
		this.lastCallSite = captured;
		return captured;
	}

	void countExact(long key, String sql, CallSite callSite) {
		ExactRepeat repeat = this.exact.get(key);
		if (repeat == null) {
			if (this.exact.size() < MAX_EXACT_KEYS) {
				this.exact.put(key, new ExactRepeat(sql, callSite));
			}
			return;
		}
		repeat.count++;
		repeat.addCallSite(callSite);
	}

	/** One exact statement (SQL text and values) and how often it ran. */
	static final class ExactRepeat {

		final String sql;

		int count = 1;

		final List<CallSite> callSites = new ArrayList<>(2);

		ExactRepeat(String sql, CallSite callSite) {
			this.sql = sql;
			this.callSites.add(callSite);
		}

		void addCallSite(CallSite callSite) {
			if (this.callSites.size() < 3 && !this.callSites.contains(callSite)) {
				this.callSites.add(callSite);
			}
		}

	}

}
