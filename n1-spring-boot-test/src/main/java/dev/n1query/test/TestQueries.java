package dev.n1query.test;

import java.util.List;

import dev.n1query.core.Finding;

/**
 * What one test ran, for the suite report: the statements of every scope closed while it
 * ran, plus those run outside any scope, and the findings.
 *
 * @param className the test class
 * @param methodName the test method
 * @param statements every statement counted
 * @param nPlusOne the N+1 findings
 * @param duplicates the exact-duplicate findings
 */
record TestQueries(String className, String methodName, int statements, List<Finding> nPlusOne,
		List<Finding> duplicates) {

	TestQueries {
		nPlusOne = List.copyOf(nPlusOne);
		duplicates = List.copyOf(duplicates);
	}

}
