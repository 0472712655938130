package dev.n1query.core;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTallyUnitTests {

	private static final String SQL = "select * from book where id = ?";

	private static final CallSite CALL_SITE = CallSite.frame("com.example.Books", "list", "Books.java", 12);

	private final FingerprintTally tally = new FingerprintTally(SqlFingerprinter.fingerprint(SQL));

	@Test
	void everyKeptExecutionIsFoundAgainAsTheTableGrows() {
		for (long id = 0; id < 256; id++) {
			assertThat(repeatOf(id)).as("never kept before: %d", id).isNull();
			keep(id);
		}
		assertThat(this.tally.hasRoom()).isFalse();
		for (long id = 0; id < 256; id++) {
			assertThat(repeatOf(id)).as("kept: %d", id).isNotNull();
		}
		assertThat(repeatOf(256L)).isNull();
		assertThat(this.tally.repeats()).extracting((repeat) -> repeat.count).containsOnly(2);
	}

	@Test
	void executionsWhoseHashesCollideAreToldApartByTheirValues() {
		long sameHash = 42;
		ExactStatement first = ExactStatement.of(SQL, SQL, List.of(1L), sameHash);
		ExactStatement second = ExactStatement.of(SQL, SQL, List.of(2L), sameHash);
		this.tally.keep(first, CALL_SITE);
		assertThat(this.tally.countRepeat(SQL, List.of(2L), sameHash, CALL_SITE)).isNull();
		this.tally.keep(second, CALL_SITE);
		assertThat(this.tally.countRepeat(SQL, List.of(1L), sameHash, CALL_SITE)).isSameAs(first);
		assertThat(this.tally.countRepeat(SQL, List.of(2L), sameHash, CALL_SITE)).isSameAs(second);
		assertThat(this.tally.countRepeat(SQL, List.of(2L), sameHash, CALL_SITE)).isSameAs(second);
		assertThat(this.tally.repeats()).extracting((repeat) -> repeat.count).containsExactly(2, 3);
	}

	@Test
	void repeatsComeInTheOrderTheyFirstRan() {
		List<Long> ids = new ArrayList<>();
		for (long id = 100; id > 60; id -= 3) {
			keep(id);
			ids.add(id);
		}
		assertThat(this.tally.repeats()).extracting((repeat) -> repeat.statement.sql)
			.allMatch(SQL::equals);
		List<Long> order = new ArrayList<>();
		for (FingerprintTally.ExactRepeat repeat : this.tally.repeats()) {
			long id = ids.stream().filter((candidate) -> repeat.statement.matches(SQL, List.of(candidate),
					ExactStatement.hash(SQL, List.of(candidate)))).findFirst().orElseThrow();
			order.add(id);
		}
		assertThat(order).isEqualTo(ids);
	}

	private void keep(long id) {
		List<Object> values = List.of(id);
		this.tally.keep(ExactStatement.of(SQL, SQL, values, ExactStatement.hash(SQL, values)), CALL_SITE);
	}

	private ExactStatement repeatOf(long id) {
		List<Object> values = List.of(id);
		return this.tally.countRepeat(SQL, values, ExactStatement.hash(SQL, values), CALL_SITE);
	}

}
