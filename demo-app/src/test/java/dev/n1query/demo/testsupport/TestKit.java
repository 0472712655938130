package dev.n1query.demo.testsupport;

import java.util.List;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs a nested test class through the JUnit Platform test kit, so its failures can be read. */
final class TestKit {

	private TestKit() {
	}

	static Events run(Class<?> testClass) {
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
	}

	static List<String> failureMessages(Events events) {
		return events.failed()
			.stream()
			.map((event) -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
				.getMessage())
			.toList();
	}

}
