package org.springframework.samples.n1fixture;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.n1query.core.ScopeReport;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP to the fixture, and the source lines its tests expect to be named. */
final class FixtureHttp {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private FixtureHttp() {
	}

	/** Gets a path, expects 200, and returns the request's report. */
	static ScopeReport get(int port, FixtureApplication.Reports reports, String path) throws Exception {
		HttpResponse<String> response = CLIENT.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		String id = response.headers().firstValue("X-N1-Request-Id").orElse(null);
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> reports.last(path), (report) -> report != null && (id == null || id.equals(report.id())));
	}

	/** The line of a fixture source file (Java or template) that carries a marker. */
	static int lineOf(String file, String marker) throws Exception {
		Path path = file.endsWith(".html") ? Path.of("src/test/resources/templates/n1fixture", file)
				: Path.of("src/test/java/org/springframework/samples/n1fixture", file);
		List<String> lines = Files.readAllLines(path);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(marker)) {
				return i + 1;
			}
		}
		throw new IllegalStateException(marker + " not in " + file);
	}

}
