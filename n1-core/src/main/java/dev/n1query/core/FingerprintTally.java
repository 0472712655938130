package dev.n1query.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a scope knows about one fingerprint: how often it ran, where from, and which
 * executions were exact repeats. Guarded by its scope's lock.
 */
final class FingerprintTally {

	/** Call sites captured for every one of the first executions of a fingerprint. */
	static final int ALWAYS_SAMPLED = 4;

	private static final int MAX_EXACT_KEYS = 256;

	/** Slots of the table of kept executions when it is first needed; it doubles while half full. */
	private static final int FIRST_SLOTS = 16;

	final Fingerprint fingerprint;

	int executions;

	CallSite lastCallSite;

	/** Set when two executions came from different call sites: capture every one from then on. */
	boolean mixedCallSites;

	// Distinct executions by their cheap hash, in a table with open addressing (a hash in
	// slotHashes, the executions with it, chained, in slotRepeats): most executions repeat
	// none, and a probe or two says so, without boxing a key or a map entry per execution.
	private long[] slotHashes;

	private ExactRepeat[] slotRepeats;

	private int usedSlots;

	/** The kept executions in the order they first ran. */
	private final List<ExactRepeat> kept = new ArrayList<>();

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
		ExactRepeat[] repeats = this.slotRepeats;
		if (repeats == null) {
			return null;
		}
		for (ExactRepeat repeat = repeats[slotOf(hash)]; repeat != null; repeat = repeat.next) {
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
		return this.kept.size() < MAX_EXACT_KEYS;
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
		if (!statement.canRepeat()) {
			return;
		}
		if (this.slotRepeats == null) {
			this.slotHashes = new long[FIRST_SLOTS];
			this.slotRepeats = new ExactRepeat[FIRST_SLOTS];
		}
		else if ((this.usedSlots + 1) * 2 > this.slotRepeats.length) {
			grow();
		}
		int slot = slotOf(statement.hash);
		if (this.slotRepeats[slot] == null) {
			this.slotHashes[slot] = statement.hash;
			this.usedSlots++;
		}
		ExactRepeat repeat = new ExactRepeat(statement, callSite, this.slotRepeats[slot]);
		this.slotRepeats[slot] = repeat;
		this.kept.add(repeat);
	}

	// The slot holding the hash, or the empty one where it goes (linear probing: the table
	// is never more than half full, so a free slot is always near).
	private int slotOf(long hash) {
		long[] hashes = this.slotHashes;
		ExactRepeat[] repeats = this.slotRepeats;
		int mask = repeats.length - 1;
		int slot = (int) ((hash * 0x9E3779B97F4A7C15L) >>> 40) & mask;
		while (repeats[slot] != null && hashes[slot] != hash) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		long[] hashes = this.slotHashes;
		ExactRepeat[] repeats = this.slotRepeats;
		this.slotHashes = new long[hashes.length * 2];
		this.slotRepeats = new ExactRepeat[repeats.length * 2];
		for (int i = 0; i < repeats.length; i++) {
			if (repeats[i] != null) {
				int slot = slotOf(hashes[i]);
				this.slotHashes[slot] = hashes[i];
				this.slotRepeats[slot] = repeats[i];
			}
		}
	}

	/** Every distinct execution kept, in the order they first ran. */
	List<ExactRepeat> repeats() {
		return this.kept;
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
