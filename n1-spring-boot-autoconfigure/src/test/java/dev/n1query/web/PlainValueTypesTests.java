package dev.n1query.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which property types {@link PlainValueTypes} lets serializers write without bookkeeping.
 */
class PlainValueTypesTests {

	@Test
	void dataThatReachesNoEntityIsPlain() {
		for (Class<?> type : List.of(int.class, boolean.class, Long.class, Boolean.class, Character.class,
				String.class, StringBuilder.class, BigDecimal.class, TimeUnit.class, LocalDate.class,
				OffsetDateTime.class, Duration.class, Date.class, java.sql.Timestamp.class, UUID.class, byte[].class)) {
			assertThat(PlainValueTypes.isPlain(type)).as(type.getName()).isTrue();
		}
	}

	@Test
	void anythingThatMayHoldAnEntityIsTracked() {
		for (Class<?> type : List.of(Object.class, List.class, Set.class, Map.class, Optional.class, Object[].class,
				String[].class, Thread.class, PlainValueTypesTests.class)) {
			assertThat(PlainValueTypes.isPlain(type)).as(type.getName()).isFalse();
		}
	}

}
