package dev.n1query.test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes {@code target/n1/report.json} and {@code target/n1/report.html} when a test run
 * ends: per test class and test, the statements, N+1 findings and duplicates; totals; the
 * worst tests. Registered through {@code META-INF/services}, so every JUnit Platform run
 * (Maven Surefire, Gradle, the IDE) with this module has it. Writes nothing when no Spring
 * test with N1 ran. {@code -Dn1.report.dir} changes the directory.
 */
public class N1SuiteReportListener implements TestExecutionListener {

	/** The system property naming the report's directory. */
	public static final String DIRECTORY_PROPERTY = "n1.report.dir";

	private final Path directory;

	private final List<SuiteReport.TestEntry> tests = new ArrayList<>();

	/** A listener writing to {@code -Dn1.report.dir}, else {@code target/n1} of the module. */
	public N1SuiteReportListener() {
		this(defaultDirectory());
	}

	/**
	 * A listener writing to the given directory.
	 * @param directory where to write report.json and report.html
	 */
	public N1SuiteReportListener(Path directory) {
		this.directory = directory;
	}

	private static Path defaultDirectory() {
		String configured = System.getProperty(DIRECTORY_PROPERTY);
		if (configured != null) {
			return Paths.get(configured);
		}
		return Paths.get(System.getProperty("basedir", System.getProperty("user.dir")), "target", "n1");
	}

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		SuiteResults.clear();
	}

	@Override
	public void executionStarted(TestIdentifier testIdentifier) {
		if (testIdentifier.isTest()) {
			SuiteResults.clear(); // what an earlier test left (a test kit run inside it) is not this test's
		}
	}

	@Override
	public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
		if (!testIdentifier.isTest() || !(testIdentifier.getSource().orElse(null) instanceof MethodSource source)) {
			return;
		}
		List<TestQueries> ran = SuiteResults.take(source.getClassName(), source.getMethodName());
		if (ran.isEmpty()) {
			return;
		}
		synchronized (this.tests) {
			this.tests.add(SuiteReport.TestEntry.of(source.getClassName(), source.getMethodName(),
					testIdentifier.getDisplayName(), result.getStatus().name(), ran));
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		SuiteReport report;
		synchronized (this.tests) {
			if (this.tests.isEmpty()) {
				return;
			}
			report = new SuiteReport(List.copyOf(this.tests));
			this.tests.clear();
		}
		try {
			SuiteReportWriter.write(report, this.directory);
		}
		catch (RuntimeException ex) {
			// a report that cannot be written must not fail the build; say so once
			System.err.println("N1 could not write its test report to " + this.directory + ": " + ex);
		}
	}

}
