package dev.n1query.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The most recent scope reports, newest first, at most {@code capacity} of them: what the
 * actuator endpoint and the development panel show. Adding a report evicts the oldest.
 * Scopes that ran no statement at all (static resources, health checks, the endpoint
 * itself, a request whose work all ran on other threads) are not listed, but the most
 * recent of them, up to the same capacity, can still be {@link #find found} by id.
 * <p>
 * Every request adds its report, so adding takes no lock: requests finishing together on
 * several threads do not wait for each other or for a reader. A report whose thread is
 * still writing it is missing from a listing made at that moment.
 */
public final class ReportHistory implements ScopeReportListener {

	/** The largest history: its slots are allocated up front. */
	public static final int MAX_CAPACITY = 100_000;

	private final int capacity;

	final Reports reports;

	// Scopes without statements: found by id, never listed (they would crowd out the rest).
	private final Reports emptyReports;

	/**
	 * Creates a history.
	 * @param capacity how many reports to keep, up to {@value #MAX_CAPACITY}; 0 keeps none
	 */
	public ReportHistory(int capacity) {
		if (capacity < 0 || capacity > MAX_CAPACITY) {
			throw new IllegalArgumentException(
					"n1.history.size must be between 0 and " + MAX_CAPACITY + ", was " + capacity);
		}
		this.capacity = capacity;
		this.reports = new Reports(Math.max(capacity, 1));
		this.emptyReports = new Reports(Math.max(capacity, 1));
	}

	@Override
	public void onReport(ScopeReport report) {
		if (this.capacity == 0) {
			return;
		}
		((report.queryCount() == 0) ? this.emptyReports : this.reports).add(report);
	}

	/** The reports, newest first. */
	public List<ScopeReport> recent() {
		return this.reports.newest();
	}

	/**
	 * Finds a report by its id.
	 * @param id the scope's id
	 * @return the report, if still in the history
	 */
	public Optional<ScopeReport> find(String id) {
		Optional<ScopeReport> found = this.reports.find(id);
		return found.isPresent() ? found : this.emptyReports.find(id);
	}

	/** How many reports are kept. */
	public int size() {
		return this.reports.held();
	}

	/** Forgets every report. */
	public void clear() {
		this.reports.clear();
		this.emptyReports.clear();
	}

	/**
	 * The newest reports in a ring of slots: adding takes a sequence number and writes its
	 * slot, one atomic increment and one compare-and-set, whatever the other threads do.
	 * Each slot holds its report with the sequence it was written for, so a reader skips a
	 * slot that a slower writer has not filled yet or a faster one has already reused, and a
	 * slow writer never overwrites a newer report.
	 */
	static final class Reports {

		private final AtomicReferenceArray<Entry> slots;

		private final AtomicLong next = new AtomicLong();

		// Sequences below this were cleared; only ever raised, so two clears never uncover.
		private final AtomicLong clearedBefore = new AtomicLong();

		Reports(int capacity) {
			this.slots = new AtomicReferenceArray<>(capacity);
		}

		void add(ScopeReport report) {
			write(reserve(), report);
		}

		// The two steps of add(), apart for tests: a thread may stall between them.
		long reserve() {
			return this.next.getAndIncrement();
		}

		void write(long sequence, ScopeReport report) {
			int slot = slot(sequence);
			Entry entry = new Entry(sequence, report);
			Entry current = this.slots.get(slot);
			while ((current == null || current.sequence < sequence) && !this.slots.compareAndSet(slot, current, entry)) {
				current = this.slots.get(slot);
			}
		}

		List<ScopeReport> newest() {
			List<ScopeReport> newest = new ArrayList<>();
			firstNewest((report) -> {
				newest.add(report);
				return false; // all of them
			});
			return newest;
		}

		Optional<ScopeReport> find(String id) {
			return Optional.ofNullable(firstNewest((report) -> report.id().equals(id)));
		}

		// Walks newest first, skipping slots not written yet or already reused.
		private ScopeReport firstNewest(Predicate<ScopeReport> match) {
			long end = this.next.get();
			long start = Math.max(end - this.slots.length(), this.clearedBefore.get());
			for (long sequence = end - 1; sequence >= start; sequence--) {
				Entry entry = this.slots.get(slot(sequence));
				if (entry != null && entry.sequence == sequence && match.test(entry.report)) {
					return entry.report;
				}
			}
			return null;
		}

		int held() {
			return newest().size();
		}

		void clear() {
			long end = this.clearedBefore.accumulateAndGet(this.next.get(), Math::max);
			for (int i = 0; i < this.slots.length(); i++) {
				Entry entry = this.slots.get(i);
				if (entry != null && entry.sequence < end) {
					this.slots.compareAndSet(i, entry, null); // unless written again meanwhile
				}
			}
		}

		private int slot(long sequence) {
			return (int) Long.remainderUnsigned(sequence, this.slots.length());
		}

		private record Entry(long sequence, ScopeReport report) {
		}

	}

}
