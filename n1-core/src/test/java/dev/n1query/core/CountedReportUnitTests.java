package dev.n1query.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a report carries that every request builds, analysed or only counted: its id, start,
 * counts by kind and name. These are made on every request, so they are built lean (the
 * counts are a view, the name reuses the scope's when it reads the same); what users and the
 * endpoint read from them must not change.
 */
class CountedReportUnitTests {

	private static QueryTracker countingTracker() {
		return TrackerClocks.tracker(new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE, 0, 0),
				List.of(), () -> 0L);
	}

	private static ScopeReport countedRequest(QueryTracker tracker, String name, String method, String uri,
			String path) {
		QueryScope scope = tracker.open(ScopeKind.REQUEST, name);
		tracker.record(StatementExecution.of("select * from author"));
		tracker.record(StatementExecution.of("select * from book where author_id = 1"));
		tracker.record(StatementExecution.of("insert into audit values (1)"));
		scope.describeRequest(method, uri, path, 200);
		scope.close();
		assertThat(scope.isAnalysed()).isFalse();
		return scope.report();
	}

	@Test
	void countsByKindReadAsAnEnumMapOfTheSameCountsWouldAndCannotBeChanged() {
		ScopeReport report = countedRequest(countingTracker(), "GET /authors", "GET", "/authors", "/authors");
		Map<StatementType, Integer> expected = new EnumMap<>(StatementType.class);
		for (StatementType type : StatementType.values()) {
			expected.put(type, 0);
		}
		expected.put(StatementType.SELECT, 2);
		expected.put(StatementType.INSERT, 1);
		Map<StatementType, Integer> counts = report.countsByType();
		assertThat(counts).isEqualTo(expected);
		assertThat(expected).isEqualTo(counts);
		assertThat(counts).hasSameHashCodeAs(expected);
		assertThat(counts.toString()).isEqualTo(expected.toString());
		assertThat(counts.keySet()).containsExactly(StatementType.values());
		assertThat(report.count(StatementType.SELECT)).isEqualTo(2);
		assertThat(report.count(StatementType.DELETE)).isZero();
		assertThat(counts.get("SELECT")).isNull();
		assertThat(counts.getOrDefault("SELECT", -1)).isEqualTo(-1);
		assertThat(counts.containsKey(StatementType.UPDATE)).isTrue();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> counts.put(StatementType.SELECT, 7));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> counts.entrySet().iterator().next().setValue(7));
		assertThat(report.count(StatementType.SELECT)).isEqualTo(2);
	}

	@Test
	void idsAreSixteenLowercaseHexDigitsTheFirstWithItsTopBitSetAndDistinct() {
		QueryTracker tracker = countingTracker();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /")) {
				// The top bit is set so that no leading zero is dropped: the first digit is 8-f.
				assertThat(scope.id()).matches("[89a-f][0-9a-f]{15}");
				ids.add(scope.id());
			}
		}
		assertThat(ids).hasSize(10_000);
	}

	@Test
	void theStartIsTheWallClockWhenTheScopeOpened() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		ScopeReport report = countedRequest(countingTracker(), "GET /authors", "GET", "/authors", "/authors");
		Instant after = Instant.now();
		assertThat(report.startedAt()).isBetween(before, after);
	}

	@Test
	void aRequestsNameIsTheOneItWasOpenedWithWhenThatReadsTheSame() {
		String opened = "GET /shop/authors";
		ScopeReport report = countedRequest(countingTracker(), opened, "GET", "/authors", "/shop/authors");
		assertThat(report.name()).isSameAs(opened);
	}

	@Test
	void aRequestsNameSaysWhatWasReceivedWhateverItWasOpenedWith() {
		QueryTracker tracker = countingTracker();
		assertThat(countedRequest(tracker, "GET /authors", "POST", "/authors", "/authors").name())
			.isEqualTo("POST /authors");
		assertThat(countedRequest(tracker, "GET /author", "GET", "/authors", "/authors").name())
			.isEqualTo("GET /authors");
		assertThat(countedRequest(tracker, "GET/authors", "GET", "/authors", "/authors").name())
			.isEqualTo("GET /authors");
		assertThat(countedRequest(tracker, "GET /shop/authors/7", "GET", "/authors/{id}", "/shop/authors/7").name())
			.isEqualTo("GET /shop/authors/7 (/authors/{id})");
		assertThat(countedRequest(tracker, "GET /x", "GET", "UNKNOWN", "/x/y").name()).isEqualTo("GET /x/y");
		assertThat(countedRequest(tracker, "GET /x", "GET", "/authors", null).name()).isEqualTo("GET /authors");
	}

	@Test
	void aListenerThatWantsNoCountedReportsHearsOnlyAnalysedOnesAndTheOthersHearEveryOne() {
		List<String> heard = new ArrayList<>();
		ScopeReportListener everything = (report) -> heard.add("everything " + report.name());
		ScopeReportListener analysedOnly = new ScopeReportListener() {

			@Override
			public void onReport(ScopeReport report) {
				heard.add("analysed only " + report.name());
			}

			@Override
			public boolean wantsCountedReports() {
				return false;
			}

		};
		// Rate 0 and no allowance: requests are counted only; jobs are always analysed.
		QueryTracker tracker = TrackerClocks.tracker(
				new DetectionSettings(DetectionMode.LOG, 3, 500, Safelist.NONE, 0, 0), List.of(analysedOnly), () -> 0L);
		tracker.addListener(everything);
		tracker.open(ScopeKind.REQUEST, "GET /counted").close();
		tracker.open("job").close();
		tracker.removeListener(analysedOnly);
		tracker.open("second job").close();
		assertThat(heard).containsExactly("everything GET /counted", "analysed only job", "everything job",
				"everything second job");
	}

	@Test
	void theLogAndTheHotspotsWantNoCountedReportsTheHistoryDoes() {
		assertThat(new Hotspots(10).wantsCountedReports()).isFalse();
		assertThat(new ReportHistory(10).wantsCountedReports()).isTrue();
		assertThat(new ReportLogger().wantsCountedReports()).isFalse();
	}

}
