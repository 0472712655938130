package dev.n1query.usage.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.n1query.core.QueryTracker;
import dev.n1query.usage.web.WebTestApplication.ReportsById;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One server thread, reused after every kind of failure (exceptions, error pages, a
 * client that hangs up mid-response): the next request always starts with a fresh,
 * top-level scope, and every failed request is still reported.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-reuse;DB_CLOSE_DELAY=-1", "server.tomcat.threads.max=1",
				"server.tomcat.threads.min-spare=1" })
class ThreadReuseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	QueryTracker tracker;

	@Autowired
	ReportsById reports;

	private HttpResponse<String> get(String path) throws Exception {
		return Http.get(this.port, path);
	}

	@Test
	void failuresNeverLeakAScopeIntoTheNextRequest() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(get("/fail").statusCode()).isEqualTo(500);
			assertThat(get("/probe").body()).isEqualTo("0");
			assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
			assertThat(get("/probe").body()).isEqualTo("0");
		}
	}

	@Test
	void clientHangingUpMidResponseStillClosesTheScope() throws Exception {
		int before = this.reports.reports.size();
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /large-sync HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			in.readNBytes(1024); // then hang up, 125 MB before the end
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.reports.reports.values()
				.stream()
				.anyMatch((report) -> "/large-sync".equals(report.uri())));
		assertThat(this.reports.reports.size()).isGreaterThan(before);
		assertThat(this.reports.reports.values()).filteredOn((report) -> "/large-sync".equals(report.uri()))
			.allSatisfy((report) -> assertThat(report.queryCount()).isPositive());
		assertThat(get("/probe").body()).isEqualTo("0");
		assertThat(this.tracker.current()).isNull();
	}

}
