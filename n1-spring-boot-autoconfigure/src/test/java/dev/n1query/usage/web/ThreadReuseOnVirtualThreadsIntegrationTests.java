package dev.n1query.usage.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of {@link ThreadReuseIntegrationTests} (failures, error pages and a client
 * hanging up never leak a scope into the next request) with virtual threads: each request
 * gets a new virtual thread, but their carrier threads are reused, so thread-bound state
 * must still be cleared. JFR watches for a virtual thread pinned inside N1's code.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@ExtendWith(VirtualThreadPinning.Check.class)
@SpringBootTest(classes = { WebTestApplication.class, ThreadKind.class }, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-reuse-virtual;DB_CLOSE_DELAY=-1",
				"spring.threads.virtual.enabled=true" })
class ThreadReuseOnVirtualThreadsIntegrationTests extends ThreadReuseIntegrationTests {

	@Test
	void requestsRunOnVirtualThreads() throws Exception {
		assertThat(Http.get(this.port, "/thread-kind").body()).isEqualTo("virtual");
	}

}
