package dev.n1query.demo.testsupport;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the test module on the class path, tests analyse every request even where the
 * application's own files sample them for production (the {@code sampled} profile here), so
 * a finding never depends on how many requests ran in the same second; a rate the test sets
 * itself still applies.
 */
class TestsAnalyseEveryRequestTests {

	@Nested
	@SpringBootTest
	@ActiveProfiles("sampled")
	@AutoConfigureMockMvc
	class WhenTheApplicationSamples {

		@Autowired
		MockMvc mvc;

		@Autowired
		QueryTracker tracker;

		@Autowired
		ReportHistory history;

		@Test
		void everyRequestOfABurstIsAnalysed() throws Exception {
			assertThat(this.tracker.settings().sampleRate()).isEqualTo(1.0);
			this.history.clear();
			for (int i = 0; i < 30; i++) {
				this.mvc.perform(get("/customers")).andExpect(status().isOk());
			}
			assertThat(this.history.recent()).hasSize(30).allSatisfy((report) -> {
				assertThat(report.analysed()).isTrue();
				assertThat(report.nPlusOne()).isNotEmpty();
			});
		}

	}

	@Nested
	@SpringBootTest(properties = "n1.detection.sample-rate=0.3")
	@ActiveProfiles("sampled")
	class ARateTheTestSets {

		@Autowired
		QueryTracker tracker;

		@Test
		void isKept() {
			assertThat(this.tracker.settings().sampleRate()).isEqualTo(0.3);
		}

	}

}
