package dev.n1query.test;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands what a Spring test ran ({@link N1TestExecutionListener}) to the suite report's
 * JUnit listener ({@link N1SuiteReportListener}). Both run on the thread that executes
 * the test, so a thread-local list pairs them without knowing JUnit's ids.
 */
final class SuiteResults {

	private static final ThreadLocal<List<TestQueries>> pending = ThreadLocal.withInitial(ArrayList::new);

	private SuiteResults() {
	}

	static void add(TestQueries queries) {
		pending.get().add(queries);
	}

	static void clear() {
		pending.remove();
	}

	/**
	 * Takes what the given test method ran on this thread.
	 * @param className the test class
	 * @param methodName the test method
	 * @return its results, empty when it was no Spring test with N1
	 */
	static List<TestQueries> take(String className, String methodName) {
		List<TestQueries> taken = new ArrayList<>();
		pending.get().removeIf((queries) -> {
			boolean match = queries.className().equals(className) && queries.methodName().equals(methodName);
			if (match) {
				taken.add(queries);
			}
			return match;
		});
		return taken;
	}

}
