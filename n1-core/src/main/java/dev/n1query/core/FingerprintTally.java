package dev.n1query.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a scope knows about one fingerprint: how often it ran, where from, and which
 * executions were exact repeats. Guarded by its scope's lock.
 */
final class FingerprintTally {

	/** Call sites captured for every one of the first executions of a fingerprint. */
	static final int ALWAYS_SAMPLED = 4;

	private static final int MAX_EXACT_KEYS = 256;

	private static final long[] NO_HASHES = {};

	final Fingerprint fingerprint;

	int executions;

	CallSite lastCallSite;

	/** Set when two executions came from different call sites: capture every one from then on. */
	boolean mixedCallSites;

	/** Distinct executions by their cheap hash; executions whose hashes collide are chained. */
	final Map<Long, ExactRepeat> exact = new HashMap<>();

	private int kept;

	// The hashes of the kept executions, sorted: most executions repeat none of them, and a
	// binary search says so without boxing a key for the map.
	private long[] keptHashes = NO_HASHES;

	private int keptHashCount;

	/** The text of the first execution kept: later ones with the same text share it. */
	private String keptSql;

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

	/**
	 * Counts an execution as a repeat of an identical earlier one, compared by value.
	 * @return the earlier one, or {@code null} when none is kept
	 */
	ExactStatement countRepeat(String sql, List<Object> values, long hash, CallSite callSite) {
		if (Arrays.binarySearch(this.keptHashes, 0, this.keptHashCount, hash) < 0) {
			return null;
		}
		for (ExactRepeat repeat = this.exact.get(hash); repeat != null; repeat = repeat.next) {
			if (repeat.statement.matches(sql, values, hash)) {
				repeat.count++;
				repeat.addCallSite(callSite);
				return repeat.statement;
			}
		}
		return null;
	}

	/** Whether another distinct execution may be kept. */
	boolean hasRoom() {
		return this.kept < MAX_EXACT_KEYS;
	}

	/**
	 * The text already kept for an earlier execution, when it equals the given one: string-
	 * built statements of one shape often repeat their text, and need not keep it twice.
	 * @return the kept text, or {@code null}
	 */
	String keptSqlEqualTo(String cutSql) {
		if (this.keptSql == null) {
			this.keptSql = cutSql;
			return null;
		}
		return this.keptSql.equals(cutSql) ? this.keptSql : null;
	}

	/** Keeps a distinct execution (one that {@link #countRepeat} did not find). */
	void keep(ExactStatement statement, CallSite callSite) {
		if (statement.canRepeat()) {
			this.kept++;
			Long key = statement.hash; // boxed once
			this.exact.put(key, new ExactRepeat(statement, callSite, this.exact.get(key)));
			int index = Arrays.binarySearch(this.keptHashes, 0, this.keptHashCount, statement.hash);
			if (index < 0) {
				index = -index - 1;
				if (this.keptHashCount == this.keptHashes.length) {
					this.keptHashes = Arrays.copyOf(this.keptHashes, Math.max(8, this.keptHashCount * 2));
				}
				System.arraycopy(this.keptHashes, index, this.keptHashes, index + 1, this.keptHashCount - index);
				this.keptHashes[index] = statement.hash;
				this.keptHashCount++;
			}
		}
	}

	/** Every distinct execution kept. */
	List<ExactRepeat> repeats() {
		List<ExactRepeat> repeats = new ArrayList<>(this.kept);
		for (ExactRepeat first : this.exact.values()) {
			for (ExactRepeat repeat = first; repeat != null; repeat = repeat.next) {
				repeats.add(repeat);
			}
		}
		return repeats;
	}

	/** One exact statement (SQL text and values) and how often it ran. */
	static final class ExactRepeat {

		final ExactStatement statement;

		final ExactRepeat next;

		int count = 1;

		// Where it ran from: up to three call sites, the first in a field of its own (most
		// executions never repeat, and need no list).
		private final CallSite firstCallSite;

		private List<CallSite> laterCallSites;

		ExactRepeat(ExactStatement statement, CallSite callSite, ExactRepeat next) {
			this.statement = statement;
			this.next = next;
			this.firstCallSite = callSite;
		}

		void addCallSite(CallSite callSite) {
			if (Objects.equals(callSite, this.firstCallSite)) {
				return;
			}
			if (this.laterCallSites == null) {
				this.laterCallSites = new ArrayList<>(2);
			}
			if (this.laterCallSites.size() < 2 && !this.laterCallSites.contains(callSite)) {
				this.laterCallSites.add(callSite);
			}
		}

		/** Where it ran from, up to three call sites, in the order they were seen. */
		List<CallSite> callSites() {
			if (this.laterCallSites == null) {
				return Collections.singletonList(this.firstCallSite);
			}
			List<CallSite> callSites = new ArrayList<>(1 + this.laterCallSites.size());
			callSites.add(this.firstCallSite);
			callSites.addAll(this.laterCallSites);
			return callSites;
		}

	}

}
