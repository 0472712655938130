package dev.n1query.test;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import dev.n1query.core.QueryTracker;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Registered in every Spring test (through {@code META-INF/spring.factories}): makes the
 * test context's {@link QueryTracker} available to {@link N1Assertions}; applies
 * {@link ExpectQueries}, {@link NoNPlusOne} and {@link RecordQueries}, recording from just
 * before the test method runs to just after it; and hands what every test ran to the
 * suite report ({@link N1SuiteReportListener}).
 */
public class N1TestExecutionListener implements TestExecutionListener, Ordered {

	/** The property that records the queries of every Spring test, as {@link RecordQueries} does. */
	public static final String RECORD_ALL_PROPERTY = "n1.test.record-queries";

	private static final String RECORDING = N1TestExecutionListener.class.getName() + ".recording";

	private static final String CAPTURE = N1TestExecutionListener.class.getName() + ".capture";

	private static final String INVOCATIONS = N1TestExecutionListener.class.getName() + ".invocations";

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		QueryTracker tracker = tracker(testContext);
		if (tracker != null) {
			N1TestContext.set(tracker, testContext.getApplicationContext());
		}
	}

	@Override
	public void beforeTestExecution(TestContext testContext) {
		QueryTracker tracker = tracker(testContext);
		if (tracker != null) {
			testContext.setAttribute(CAPTURE, ReportCapture.start(tracker));
		}
		if (expectation(testContext) == null && noNPlusOne(testContext) == null && !records(testContext)) {
			return;
		}
		if (tracker == null) {
			throw new IllegalStateException("@ExpectQueries/@NoNPlusOne/@RecordQueries on "
					+ testContext.getTestMethod().getName()
					+ " need N1 in the test's application context (n1-spring-boot-starter, n1.enabled not false)");
		}
		testContext.setAttribute(RECORDING, QueryRecording.start(tracker, testContext.getTestMethod().getName()));
	}

	@Override
	public void afterTestExecution(TestContext testContext) {
		QueryRecording recording = (QueryRecording) testContext.removeAttribute(RECORDING);
		RecordedQueries queries = (recording != null) ? recording.stop() : null;
		ReportCapture capture = (ReportCapture) testContext.removeAttribute(CAPTURE);
		if (capture != null) {
			SuiteResults.add(capture.stop(testContext.getTestClass().getName(), testContext.getTestMethod().getName()));
		}
		if (queries == null || testContext.getTestException() != null) {
			return; // the test's own failure comes first
		}
		QueryAssert assertion = new QueryAssert(queries, "test " + testContext.getTestMethod().getName(), null);
		ExpectQueries expected = expectation(testContext);
		if (expected != null) {
			if (expected.count() >= 0) {
				assertion.count(expected.count());
			}
			if (expected.max() >= 0) {
				assertion.atMost(expected.max());
			}
			if (expected.noNPlusOne()) {
				assertion.noNPlusOne();
			}
		}
		if (noNPlusOne(testContext) != null) {
			assertion.noNPlusOne();
		}
		if (records(testContext)) {
			QueryRecords.check(testContext.getTestClass(), recordKey(testContext), queries);
		}
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		N1TestContext.clear();
	}

	// A method run several times (parameterized, repeated) gets one record per invocation: name, name[2] …
	@SuppressWarnings("unchecked")
	private static String recordKey(TestContext testContext) {
		Map<String, Integer> invocations = (Map<String, Integer>) testContext.computeAttribute(INVOCATIONS,
				(name) -> new HashMap<String, Integer>());
		String method = testContext.getTestMethod().getName();
		int invocation = invocations.merge(method, 1, Integer::sum);
		return (invocation == 1) ? method : method + "[" + invocation + "]";
	}

	private static boolean records(TestContext testContext) {
		if (AnnotatedElementUtils.hasAnnotation(testContext.getTestClass(), RecordQueries.class)) {
			return true;
		}
		return testContext.hasApplicationContext() && testContext.getApplicationContext()
			.getEnvironment()
			.getProperty(RECORD_ALL_PROPERTY, Boolean.class, false);
	}

	private static ExpectQueries expectation(TestContext testContext) {
		Method method = testContext.getTestMethod();
		ExpectQueries onMethod = AnnotatedElementUtils.findMergedAnnotation(method, ExpectQueries.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(), ExpectQueries.class);
	}

	private static NoNPlusOne noNPlusOne(TestContext testContext) {
		NoNPlusOne onMethod = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestMethod(), NoNPlusOne.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(), NoNPlusOne.class);
	}

	private static QueryTracker tracker(TestContext testContext) {
		ApplicationContext context = testContext.getApplicationContext();
		return context.getBeanProvider(QueryTracker.class).getIfAvailable();
	}

}
