package dev.n1query.usage.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of {@link N1WebIntegrationTests} (200 concurrent requests with exact counts
 * among them) with {@code spring.threads.virtual.enabled=true}: Tomcat runs each request on
 * a virtual thread. JFR watches for a virtual thread pinned inside N1's code meanwhile.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@ExtendWith(VirtualThreadPinning.Check.class)
@SpringBootTest(classes = { WebTestApplication.class, ThreadKind.class }, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-web-virtual;DB_CLOSE_DELAY=-1",
				"spring.threads.virtual.enabled=true", "management.endpoints.web.exposure.include=queries" })
class N1WebOnVirtualThreadsIntegrationTests extends N1WebIntegrationTests {

	@Test
	void requestsRunOnVirtualThreads() throws Exception {
		assertThat(Http.get(this.port, "/thread-kind").body()).isEqualTo("virtual");
	}

}
