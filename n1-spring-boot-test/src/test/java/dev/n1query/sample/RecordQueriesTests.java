package dev.n1query.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.n1query.test.RecordQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * {@code @RecordQueries} run through the JUnit Platform test kit: the first run writes the
 * record, later runs compare with it, and only update mode rewrites it; in CI nothing is
 * written and a missing record fails.
 */
class RecordQueriesTests {

	@TempDir
	Path directory;

	private Path record;

	@BeforeEach
	void useTemporaryRecords() {
		System.setProperty("n1.record.dir", this.directory.toString());
		System.setProperty("n1.record.ci", "false");
		this.record = this.directory.resolve("dev.n1query.sample.RecordQueriesTests.Recorded.yaml");
	}

	@AfterEach
	void restore() {
		System.clearProperty("n1.record.dir");
		System.clearProperty("n1.record.ci");
		System.clearProperty("n1.record");
	}

	private static Events run(int customers) {
		Recorded.customers = customers;
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(Recorded.class)).execute().testEvents();
	}

	private static List<String> failures(Events events) {
		return events.failed()
			.stream()
			.map((event) -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
				.getMessage())
			.toList();
	}

	@Test
	void firstRunWritesASortedRecordThatLaterRunsPass() throws Exception {
		run(1).assertStatistics((stats) -> stats.started(2).succeeded(2));
		// the exact fingerprint of H2's system_range call is the fingerprinter's business, not this test's
		String range = "    \"select x \\* \\? from system_range[^\"]*\": 1\n";
		assertThat(Files.readString(this.record)).matches("""
				# N1 query record of dev\\.n1query\\.sample\\.RecordQueriesTests\\$Recorded: each test's statements and \
				their shapes \\(fingerprint: count\\)\\.
				# More statements, or a new repeated shape, fails the test\\. Accept a change with -Dn1\\.record=update\\.
				fixed:
				  statements: 1
				  shapes:
				""" + range + """
				totals:
				  statements: 2
				  shapes:
				    "select \\? \\* \\?": 1
				""" + range);
		run(1).assertStatistics((stats) -> stats.started(2).succeeded(2));
	}

	@Test
	void moreStatementsAndANewRepeatedShapeFailWithADiff() throws Exception {
		run(1);
		String recorded = Files.readString(this.record);
		Events events = run(4);
		events.assertStatistics((stats) -> stats.started(2).succeeded(1).failed(1));
		assertThat(failures(events)).singleElement().asString()
			.startsWith("N1 query record of Recorded.totals exceeded: 5 statements, recorded 2; 1 shape repeats that "
					+ "did not (" + this.record + ")\n"
					+ "-  statements: 2\n"
					+ "+  statements: 5\n"
					+ "-   \"select ? * ?\": 1\n"
					+ "+   \"select ? * ?\": 4   <- repeats now\n"
					+ "Fix the code, or accept the new numbers with -Dn1.record=update (never in CI) and commit "
					+ "dev.n1query.sample.RecordQueriesTests.Recorded.yaml.\n"
					+ "What ran: 5 statements (5 select)");
		assertThat(this.record).hasContent(recorded);
	}

	@Test
	void fewerStatementsPassAndOnlyUpdateModeRewritesTheRecord() throws Exception {
		run(3);
		String recorded = Files.readString(this.record);
		assertThat(recorded).contains("statements: 4");
		run(1).assertStatistics((stats) -> stats.started(2).succeeded(2));
		assertThat(this.record).hasContent(recorded);
		System.setProperty("n1.record", "update");
		run(1).assertStatistics((stats) -> stats.started(2).succeeded(2));
		assertThat(Files.readString(this.record)).contains("statements: 2").doesNotContain("statements: 4");
	}

	@Test
	void ciNeverWritesAndAMissingRecordFailsClearly() {
		System.setProperty("n1.record.ci", "true");
		System.setProperty("n1.record", "update");
		Events events = run(1);
		events.assertStatistics((stats) -> stats.started(2).failed(2));
		assertThat(failures(events)).first().asString()
			.startsWith("No N1 query record for Recorded.")
			.contains(" in " + this.record + ", and records are never written in CI (CI=true). Run the test once "
					+ "locally, where the record is written, and commit dev.n1query.sample.RecordQueriesTests.Recorded.yaml.");
		assertThat(this.record).doesNotExist();
	}

	@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:records")
	@RecordQueries
	static class Recorded {

		static int customers;

		@Autowired
		SampleApplication.OrderService orders;

		@Test
		void totals() {
			this.orders.totalsOneByOne(customers);
			this.orders.totalsAtOnce();
		}

		@Test
		void fixed() {
			this.orders.totalsAtOnce();
		}

	}

}
