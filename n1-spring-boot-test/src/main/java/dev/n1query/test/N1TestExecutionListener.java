package dev.n1query.test;

import java.lang.reflect.Method;

import dev.n1query.core.QueryTracker;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Registered in every Spring test (through {@code META-INF/spring.factories}): makes the
 * test context's {@link QueryTracker} available to {@link N1Assertions} and applies
 * {@link ExpectQueries} and {@link NoNPlusOne}, recording from just before the test
 * method runs to just after it.
 */
public class N1TestExecutionListener implements TestExecutionListener, Ordered {

	private static final String RECORDING = N1TestExecutionListener.class.getName() + ".recording";

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		QueryTracker tracker = tracker(testContext);
		if (tracker != null) {
			N1TestContext.set(tracker);
		}
	}

	@Override
	public void beforeTestExecution(TestContext testContext) {
		if (expectation(testContext) == null && noNPlusOne(testContext) == null) {
			return;
		}
		QueryTracker tracker = tracker(testContext);
		if (tracker == null) {
			throw new IllegalStateException("@ExpectQueries/@NoNPlusOne on " + testContext.getTestMethod().getName()
					+ " need N1 in the test's application context (n1-spring-boot-starter, n1.enabled not false)");
		}
		testContext.setAttribute(RECORDING, QueryRecording.start(tracker, testContext.getTestMethod().getName()));
	}

	@Override
	public void afterTestExecution(TestContext testContext) {
		QueryRecording recording = (QueryRecording) testContext.removeAttribute(RECORDING);
		if (recording == null) {
			return;
		}
		RecordedQueries queries = recording.stop();
		if (testContext.getTestException() != null) {
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
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		N1TestContext.clear();
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
