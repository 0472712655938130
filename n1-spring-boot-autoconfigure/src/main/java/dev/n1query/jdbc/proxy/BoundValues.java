package dev.n1query.jdbc.proxy;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The values bound to a prepared statement's parameters, as a {@link DirectQueryListener}
 * gets them: by index, in index order, indexes never set left out, as datasource-proxy's
 * parameter operations give them to N1's listener. A list handed out keeps what was
 * bound: the values are copied before they next change (most statements execute once).
 * A batch keeps its first row and counts the rest.
 */
final class BoundValues implements BoundParameters {

	// PostgreSQL, MariaDB and MySQL take at most 65,535 parameters: a value set at a higher
	// index is the driver's error to report, not a reason to grow the array (bounded at
	// 256 KB, allocated only for a statement that binds that high).
	private static final int MAX_INDEX = 65_535;

	private static final Object UNSET = new Object();

	private static final Object[] NONE = {};

	private Object[] values = NONE;

	// The highest index set, and how many distinct indexes were set.
	private int highest;

	private int distinct;

	private boolean shared;

	// Apart, and made on the first addBatch: most statements are never batched.
	private Batch batch;

	/**
	 * Records the value bound at an index, replacing an earlier one.
	 * @param index the parameter index, from 1
	 * @param value the value ({@code null} for setNull)
	 */
	void set(int index, Object value) {
		if (index < 1 || index > MAX_INDEX) {
			return;
		}
		if (this.shared || index > this.values.length) {
			int length = (index > this.values.length)
					? Math.min(MAX_INDEX, Math.max(Math.max(index, 4), 2 * this.values.length)) : this.values.length;
			Object[] copy = Arrays.copyOf(this.values, length);
			Arrays.fill(copy, this.values.length, copy.length, UNSET);
			this.values = copy;
			this.shared = false;
		}
		if (this.values[index - 1] == UNSET) {
			this.distinct++;
		}
		this.values[index - 1] = value;
		this.highest = Math.max(this.highest, index);
	}

	/** The values bound now, in index order; the list does not change afterwards. */
	List<Object> current() {
		if (this.distinct == 0) {
			return List.of();
		}
		if (this.distinct == this.highest) {
			this.shared = true;
			return new Values(this.values, this.highest);
		}
		List<Object> set = new ArrayList<>(this.distinct);
		for (int i = 0; i < this.highest; i++) {
			if (this.values[i] != UNSET) {
				set.add(this.values[i]);
			}
		}
		return set;
	}

	/** Forgets the values bound (clearParameters). */
	@Override
	public void clear() {
		this.values = NONE;
		this.highest = 0;
		this.distinct = 0;
		this.shared = false;
	}

	/** Adds the values bound to the batch, and starts anew (addBatch). */
	@Override
	public void addBatch() {
		if (this.batch == null) {
			this.batch = new Batch(current());
		}
		else {
			this.batch.size++;
		}
		clear();
	}

	/** The entries added to the batch. */
	@Override
	public int batchSize() {
		return (this.batch != null) ? this.batch.size : 0;
	}

	/** The first row of the batch, or an empty list. */
	List<Object> firstBatchRow() {
		return (this.batch != null) ? this.batch.firstRow : List.of();
	}

	/** Forgets the batch (clearBatch, or once executed). */
	@Override
	public void clearBatch() {
		this.batch = null;
	}

	/** A batch: its first row, and how many rows it has. */
	private static final class Batch {

		final List<Object> firstRow;

		int size = 1;

		Batch(List<Object> firstRow) {
			this.firstRow = firstRow;
		}

	}

	/** A read-only view of the first values of an array that is never written again. */
	private static final class Values extends AbstractList<Object> implements RandomAccess {

		private final Object[] values;

		private final int size;

		Values(Object[] values, int size) {
			this.values = values;
			this.size = size;
		}

		@Override
		public Object get(int index) {
			if (index < 0 || index >= this.size) {
				throw new IndexOutOfBoundsException(index);
			}
			return this.values[index];
		}

		@Override
		public int size() {
			return this.size;
		}

	}

}
