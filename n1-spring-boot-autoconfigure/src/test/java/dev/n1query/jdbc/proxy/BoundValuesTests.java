package dev.n1query.jdbc.proxy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link BoundValues} hands a direct listener.
 */
class BoundValuesTests {

	@Test
	void valuesAreInIndexOrderWhateverOrderTheyWereSetIn() {
		BoundValues values = new BoundValues();
		values.set(3, "c");
		values.set(1, "a");
		values.set(2, null);
		values.set(1, "A");
		assertThat(values.current()).containsExactly("A", null, "c");
	}

	@Test
	void indexesNeverSetAreLeftOut() {
		BoundValues values = new BoundValues();
		values.set(2, "b");
		values.set(5, "e");
		assertThat(values.current()).containsExactly("b", "e");
	}

	@Test
	void aListHandedOutKeepsWhatWasBound() {
		BoundValues values = new BoundValues();
		values.set(1, "a");
		values.set(2, "b");
		List<Object> first = values.current();
		values.set(2, "changed");
		values.set(3, "c");
		assertThat(first).containsExactly("a", "b");
		assertThat(values.current()).containsExactly("a", "changed", "c");
		values.clear();
		assertThat(first).containsExactly("a", "b");
		assertThat(values.current()).isEmpty();
	}

	@Test
	void aBatchKeepsItsFirstRowAndCountsTheRest() {
		BoundValues values = new BoundValues();
		values.set(1, 1);
		values.addBatch();
		values.set(1, 2);
		values.addBatch();
		values.set(1, 3);
		assertThat(values.batchSize()).isEqualTo(2);
		assertThat(values.firstBatchRow()).containsExactly(1);
		assertThat(values.current()).containsExactly(3);
		values.clearBatch();
		assertThat(values.batchSize()).isZero();
		assertThat(values.firstBatchRow()).isEmpty();
	}

	@Test
	void indexesNoDriverAcceptsAreIgnored() {
		BoundValues values = new BoundValues();
		values.set(0, "zero");
		values.set(-1, "negative");
		values.set(Integer.MAX_VALUE, "huge");
		values.set(65_536, "over the limit");
		values.set(65_535, "last");
		assertThat(values.current()).containsExactly("last");
	}

	@Test
	void manyValuesGrowTheStore() {
		BoundValues values = new BoundValues();
		Object[] expected = new Object[1000];
		for (int i = 1; i <= 1000; i++) {
			values.set(i, i);
			expected[i - 1] = i;
		}
		assertThat(values.current()).containsExactlyElementsOf(Arrays.asList(expected));
	}

}
