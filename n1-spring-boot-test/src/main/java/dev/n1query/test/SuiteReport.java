package dev.n1query.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.n1query.core.Finding;

/**
 * The queries of a test run: every test with what it ran, grouped by class, with totals
 * and the worst tests.
 *
 * @param tests every test that ran with N1, in the order they finished
 */
record SuiteReport(List<TestEntry> tests) {

	/** How many tests the report ranks as the worst. */
	static final int WORST = 10;

	int statements() {
		return this.tests.stream().mapToInt(TestEntry::statements).sum();
	}

	int nPlusOne() {
		return this.tests.stream().mapToInt((test) -> test.nPlusOne().size()).sum();
	}

	int duplicates() {
		return this.tests.stream().mapToInt((test) -> test.duplicates().size()).sum();
	}

	int testsWithFindings() {
		return (int) this.tests.stream().filter(TestEntry::hasFindings).count();
	}

	/** Tests by class, classes in the order their first test finished. */
	Map<String, List<TestEntry>> byClass() {
		Map<String, List<TestEntry>> classes = new LinkedHashMap<>();
		this.tests.forEach((test) -> classes.computeIfAbsent(test.className(), (name) -> new ArrayList<>()).add(test));
		return classes;
	}

	/** The tests with the most N+1 findings, then duplicates, then statements. */
	List<TestEntry> worst() {
		return this.tests.stream()
			.filter((test) -> test.statements() > 0)
			.sorted(Comparator.comparingInt((TestEntry test) -> test.nPlusOne().size())
				.thenComparingInt((test) -> test.duplicates().size())
				.thenComparingInt(TestEntry::statements)
				.reversed())
			.limit(WORST)
			.toList();
	}

	/**
	 * One test.
	 *
	 * @param className the test class
	 * @param methodName the test method
	 * @param displayName JUnit's display name
	 * @param status SUCCESSFUL, FAILED or ABORTED
	 * @param statements every statement it ran
	 * @param nPlusOne its N+1 findings
	 * @param duplicates its duplicate findings
	 */
	record TestEntry(String className, String methodName, String displayName, String status, int statements,
			List<Finding> nPlusOne, List<Finding> duplicates) {

		static TestEntry of(String className, String methodName, String displayName, String status,
				List<TestQueries> ran) {
			int statements = 0;
			List<Finding> nPlusOne = new ArrayList<>();
			List<Finding> duplicates = new ArrayList<>();
			for (TestQueries queries : ran) {
				statements += queries.statements();
				nPlusOne.addAll(queries.nPlusOne());
				duplicates.addAll(queries.duplicates());
			}
			return new TestEntry(className, methodName, displayName, status, statements, List.copyOf(nPlusOne),
					List.copyOf(duplicates));
		}

		boolean hasFindings() {
			return !this.nPlusOne.isEmpty() || !this.duplicates.isEmpty();
		}

		String simpleClassName() {
			return this.className.substring(this.className.lastIndexOf('.') + 1);
		}

	}

}
