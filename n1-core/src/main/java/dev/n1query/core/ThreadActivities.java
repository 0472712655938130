package dev.n1query.core;

import java.util.HashMap;
import java.util.Map;

/**
 * What a scope is doing, per thread: work handed to other threads (parallel lazy loads,
 * async dispatches) has activities and associations of its own, which must not overwrite
 * each other's. The thread that opened the scope uses a slot of its own without locking;
 * at most {@value #MAX_THREADS} other threads get one each, later ones share one. Cleared
 * when the scope closes.
 */
final class ThreadActivities {

	static final int MAX_THREADS = 32;

	private final Thread openingThread;

	private final Slot own = new Slot();

	private final Slot shared = new Slot();

	// Guarded by this; null until another thread asks, and again once cleared.
	private Map<Thread, Slot> others;

	private boolean cleared;

	/**
	 * Creates the activities of a scope.
	 * @param openingThread the thread that opened the scope: its slot takes no lock
	 */
	ThreadActivities(Thread openingThread) {
		this.openingThread = openingThread;
	}

	/** The calling thread's slot. */
	Slot current() {
		Thread thread = Thread.currentThread();
		if (thread == this.openingThread) {
			return this.own;
		}
		synchronized (this) {
			if (this.cleared) {
				return this.shared;
			}
			if (this.others == null) {
				this.others = new HashMap<>();
			}
			Slot slot = this.others.get(thread);
			if (slot == null) {
				if (this.others.size() >= MAX_THREADS) {
					return this.shared;
				}
				slot = new Slot();
				this.others.put(thread, slot);
			}
			return slot;
		}
	}

	/** Forgets every thread's slot (the scope closed). */
	synchronized void clear() {
		this.cleared = true;
		this.others = null;
		this.own.clear();
		this.shared.clear();
	}

	/** What one thread is doing within the scope. */
	static final class Slot {

		volatile CallSite activity;

		volatile ActivityDetail detail;

		volatile AssociationLoad associationLoad;

		void clear() {
			this.activity = null;
			this.detail = null;
			this.associationLoad = null;
		}

	}

}
