package dev.n1query.core;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values of unbounded size among the types N1 keeps as they are (big numbers): a stored
 * statement and the exact-repeat check keep what is small and never a number of any size,
 * and still tell equal values apart from different ones.
 */
class LargeValuesUnitTests {

	private static final String SQL = "select * from ledger where amount = ?";

	private static final BigInteger HUGE = BigInteger.TEN.pow(20_000).add(BigInteger.valueOf(7));

	@Test
	void aStoredStatementRendersAHugeNumberAtOnceAndDoesNotKeepIt() throws Exception {
		for (Object huge : List.<Object>of(HUGE, new BigDecimal(HUGE, 3))) {
			List<String> rendered = ParameterValues.render(List.of(huge));
			assertThat(rendered.get(0)).hasSizeLessThanOrEqualTo(ParameterValues.MAX_VALUE_LENGTH + 1);
			assertThat(keptValues(rendered)).noneMatch((kept) -> kept == huge);
		}
		BigDecimal small = new BigDecimal("12.50");
		List<String> rendered = ParameterValues.render(List.of(small));
		assertThat(keptValues(rendered)).containsExactly(small);
		assertThat(rendered).containsExactly("12.50");
	}

	@Test
	void theExactRepeatCheckDigestsAHugeNumberAndTellsEqualFromDifferent() throws Exception {
		List<Object> values = List.of(HUGE);
		long hash = ExactStatement.hash(SQL, values);
		ExactStatement kept = ExactStatement.of(SQL, SQL, values, hash);
		assertThat(arrayField(kept, "values")).noneMatch((value) -> value == HUGE);
		List<Object> equal = List.of(new BigInteger(HUGE.toByteArray()));
		assertThat(kept.matches(SQL, equal, ExactStatement.hash(SQL, equal))).isTrue();
		List<Object> different = List.of(HUGE.add(BigInteger.ONE));
		assertThat(kept.matches(SQL, different, hash)).isFalse();
		List<Object> otherScale = List.of(new BigDecimal(HUGE, 1));
		ExactStatement keptDecimal = ExactStatement.of(SQL, SQL, List.of(new BigDecimal(HUGE, 2)), hash);
		assertThat(keptDecimal.matches(SQL, otherScale, hash)).isFalse();
		assertThat(keptDecimal.matches(SQL, List.of(new BigDecimal(HUGE, 2)), hash)).isTrue();
	}

	@Test
	void aScopeFindsRepeatsOfAHugeNumberAsDuplicates() {
		QueryTracker tracker = new QueryTracker();
		QueryScope scope = tracker.open("ledger");
		// Twice the same value (two instances): fewer executions than an N+1 needs.
		tracker.record(StatementExecution.of(SQL, new BigInteger(HUGE.toByteArray())));
		tracker.record(StatementExecution.of(SQL + " for update", HUGE));
		tracker.record(StatementExecution.of(SQL, new BigInteger(HUGE.toByteArray())));
		scope.close();
		assertThat(scope.report().nPlusOne()).isEmpty();
		assertThat(scope.report().duplicates()).singleElement()
			.satisfies((finding) -> assertThat(finding.count()).isEqualTo(2));
	}

	private static Object[] keptValues(List<String> rendered) throws Exception {
		return arrayField(rendered, "values");
	}

	private static Object[] arrayField(Object owner, String name) throws Exception {
		Field field = owner.getClass().getDeclaredField(name);
		field.setAccessible(true);
		return (Object[]) field.get(owner);
	}

}
