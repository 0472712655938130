package dev.n1query.web;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response wrapper's writer: every way of writing reaches the container's writer
 * unchanged, and a flush or close of the writer adds {@code Server-Timing} before it
 * commits the response.
 */
class ServerTimingResponseTests {

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of());

	private final QueryScope scope = this.tracker.open(ScopeKind.REQUEST, "GET /x");

	@AfterEach
	void close() {
		if (!this.scope.isClosed()) {
			this.scope.close();
		}
	}

	@Test
	void everyWayOfWritingReachesTheBodyUnchanged() throws Exception {
		MockHttpServletResponse container = new MockHttpServletResponse();
		container.setCharacterEncoding("UTF-8");
		PrintWriter writer = new ServerTimingResponse(container, this.scope).getWriter();
		writer.write('a');
		writer.write(new char[] { 'b', 'c' });
		writer.write(new char[] { 'x', 'd', 'e', 'x' }, 1, 2);
		writer.write("fg");
		writer.write("xhix", 1, 2);
		writer.print("<j&>");
		writer.print(12);
		writer.print('k');
		writer.print((Object) null);
		writer.printf("%s-%d", "l", 3);
		writer.append("mn").append('o').append("xpqx", 1, 3);
		writer.println("é✓");
		writer.println();
		assertThat(container.getContentAsString())
			.isEqualTo("abcdefghi<j&>12knulll-3mnopqé✓" + System.lineSeparator() + System.lineSeparator());
		assertThat(container.isCommitted()).isFalse();
		assertThat(writer.checkError()).isFalse();
	}

	@Test
	void flushingTheWriterAddsTheHeaderBeforeTheResponseCommits() throws Exception {
		this.tracker.record(StatementExecution.of("select 1"));
		MockHttpServletResponse container = new MockHttpServletResponse();
		PrintWriter writer = new ServerTimingResponse(container, this.scope).getWriter();
		writer.write("body");
		assertThat(container.getHeader(ServerTimingResponse.HEADER)).isNull();
		writer.flush();
		assertThat(container.isCommitted()).isTrue();
		assertThat(container.getHeader(ServerTimingResponse.HEADER)).startsWith("db;dur=").endsWith("desc=\"1 queries\"");
		assertThat(container.getContentAsString()).isEqualTo("body");
	}

	@Test
	void checkingTheWriterForErrorsAddsTheHeaderBeforeItFlushes() throws Exception {
		MockHttpServletResponse container = new MockHttpServletResponse();
		PrintWriter writer = new ServerTimingResponse(container, this.scope).getWriter();
		writer.write("chunk");
		assertThat(writer.checkError()).isFalse(); // a streaming loop's "is the client still there?"
		assertThat(container.isCommitted()).isTrue();
		assertThat(container.getHeader(ServerTimingResponse.HEADER)).startsWith("db;dur=");
	}

	@Test
	void closingTheWriterAddsTheHeaderOnce() throws Exception {
		MockHttpServletResponse container = new MockHttpServletResponse();
		ServerTimingResponse response = new ServerTimingResponse(container, this.scope);
		assertThat(response.getWriter()).isSameAs(response.getWriter());
		response.getWriter().write("body");
		response.getWriter().close();
		response.beforeCommit();
		assertThat(container.getHeaders(ServerTimingResponse.HEADER)).hasSize(1);
		assertThat(container.getContentAsString()).isEqualTo("body");
	}

	@Test
	void theHeaderValueIsWhatStringFormatWrites() {
		List<Long> nanos = new ArrayList<>(List.of(0L, 1L, 499L, 500L, 501L, 999L, 1_000L, 9_499L, 9_500L,
				99_500L, 999_499L, 999_500L, 1_000_000L, 12_345_678L, 123_456_500L, 86_400_000_000_000L));
		Random random = new Random(17);
		for (int i = 0; i < 10_000; i++) {
			nanos.add((long) random.nextInt(Integer.MAX_VALUE));
		}
		for (long value : nanos) {
			assertThat(ServerTimingResponse.value(value, 101)).as("%d ns", value)
				.isEqualTo(String.format(Locale.ROOT, "db;dur=%.3f;desc=\"%d queries\"", value / 1_000_000.0,
						101));
		}
		assertThat(ServerTimingResponse.value(Long.MAX_VALUE, 1)).isEqualTo("db;dur=9223372036854.776;desc=\"1 queries\"");
		assertThat(ServerTimingResponse.value(-5, 0)).isEqualTo("db;dur=0.000;desc=\"0 queries\"");
	}

}
