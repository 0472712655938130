package dev.n1query.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A report's statements by kind: a read-only map over a closed scope's counts, which no
 * longer change. Made for every request, so it copies nothing and builds its entries only
 * when they are iterated (the endpoint, tests); kinds come in declaration order, as from
 * an {@code EnumMap}.
 */
final class StatementCounts extends AbstractMap<StatementType, Integer> {

	private static final StatementType[] TYPES = StatementType.values();

	private final int[] counts;

	/**
	 * Wraps counts indexed by {@link StatementType#ordinal()}.
	 * @param counts the counts, never changed after
	 */
	StatementCounts(int[] counts) {
		this.counts = counts;
	}

	@Override
	public Integer get(Object key) {
		return (key instanceof StatementType type) ? this.counts[type.ordinal()] : null;
	}

	@Override
	public Integer getOrDefault(Object key, Integer defaultValue) {
		return (key instanceof StatementType type) ? this.counts[type.ordinal()] : defaultValue;
	}

	@Override
	public boolean containsKey(Object key) {
		return key instanceof StatementType;
	}

	@Override
	public int size() {
		return TYPES.length;
	}

	@Override
	public Set<Entry<StatementType, Integer>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<StatementType, Integer>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < TYPES.length;
					}

					@Override
					public Entry<StatementType, Integer> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						StatementType type = TYPES[this.next++];
						return new SimpleImmutableEntry<>(type, StatementCounts.this.counts[type.ordinal()]);
					}

				};
			}

			@Override
			public int size() {
				return TYPES.length;
			}

		};
	}

}
