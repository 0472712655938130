package dev.n1query.usage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bounded memory with exact counts, and parameters recorded without touching what the application still needs. */
class ReliabilityUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of(this.reports::add));

	@Test
	void aMillionStatementsInOneScopeAreCountedExactlyInBoundedMemory() {
		try (QueryScope scope = this.tracker.open("huge job")) {
			for (int i = 0; i < 1_000_000; i++) {
				// 2,000 distinct shapes: more than the 1,000 tracked per scope
				this.tracker.record(StatementExecution.of("select * from t" + (i % 2_000) + " where id = ?", i));
			}
		}
		ScopeReport report = this.reports.get(0);
		assertThat(report.queryCount()).isEqualTo(1_000_000);
		assertThat(report.statements()).hasSize(500);
		assertThat(report.groups()).hasSizeLessThanOrEqualTo(1_000).isNotEmpty();
		assertThat(report.nPlusOne()).hasSizeLessThanOrEqualTo(1_000)
			.isNotEmpty()
			.allSatisfy((finding) -> assertThat(finding.count()).isEqualTo(500));
	}

	@Test
	void parametersOfEveryTypeAreRenderedWithoutReadingStreams() {
		InputStream stream = new ByteArrayInputStream(new byte[] { 1, 2, 3 }) {

			@Override
			public synchronized int read() {
				throw new AssertionError("N1 must not read the application's stream");
			}

			@Override
			public synchronized int read(byte[] b, int off, int len) {
				throw new AssertionError("N1 must not read the application's stream");
			}

		};
		Reader reader = new StringReader("text") {

			@Override
			public int read(char[] buffer, int off, int len) throws IOException {
				throw new AssertionError("N1 must not read the application's reader");
			}

		};
		Blob blob = (Blob) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Blob.class },
				(proxy, method, args) -> {
					if (method.getName().equals("toString")) {
						return "blob";
					}
					throw new AssertionError("N1 must not call " + method.getName() + " on the application's Blob");
				});
		Object badToString = new Object() {

			@Override
			public String toString() {
				throw new IllegalStateException("toString fails");
			}

		};
		try (QueryScope scope = this.tracker.open("types")) {
			this.tracker.record(new StatementExecution("insert into t values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Arrays.asList(stream, reader, blob, new byte[2048], new String[] { "a" }, null, LocalDate.of(2026, 11, 21),
							Timestamp.valueOf("2026-11-21 12:00:00"), new BigDecimal("12.50"), UUID.fromString(
									"00000000-0000-0000-0000-000000000001"), "x".repeat(5_000), badToString),
					1_000, 0, 1, true, null, "dataSource"));
		}
		assertThat(this.reports.get(0).statements().get(0).parameters()).satisfies((values) -> {
			assertThat(values.get(0)).isEqualTo("<InputStream>");
			assertThat(values.get(1)).isEqualTo("<Reader>");
			assertThat(values.get(2)).isEqualTo("<Blob>");
			assertThat(values.get(3)).isEqualTo("byte[2048]");
			assertThat(values.get(4)).isEqualTo("array[1]");
			assertThat(values.get(5)).isEqualTo("NULL");
			assertThat(values.get(6)).isEqualTo("2026-11-21");
			assertThat(values.get(7)).isEqualTo("2026-11-21 12:00:00.0");
			assertThat(values.get(8)).isEqualTo("12.50");
			assertThat(values.get(9)).isEqualTo("00000000-0000-0000-0000-000000000001");
			assertThat(values.get(10)).hasSizeLessThanOrEqualTo(202).endsWith("…'");
			assertThat(values.get(11)).isEqualTo("<" + badToString.getClass().getName() + ">");
		});
	}

}
