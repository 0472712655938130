package dev.n1query.test;

import dev.n1query.core.QueryTracker;

import org.springframework.context.ApplicationContext;

/**
 * The tracker of the current test's application context, set for each test method by
 * {@link N1TestExecutionListener} (registered automatically in every Spring test).
 */
public final class N1TestContext {

	private static final ThreadLocal<QueryTracker> current = new ThreadLocal<>();

	private static final ThreadLocal<ApplicationContext> context = new ThreadLocal<>();

	private N1TestContext() {
	}

	static void set(QueryTracker tracker, ApplicationContext applicationContext) {
		current.set(tracker);
		context.set(applicationContext);
	}

	static void clear() {
		current.remove();
		context.remove();
	}

	/** The running Spring test's application context, or {@code null} outside one. */
	static ApplicationContext applicationContext() {
		return context.get();
	}

	/**
	 * The tracker of the running test.
	 * @return the tracker
	 * @throws IllegalStateException outside a Spring test, or when N1 is not in its context
	 */
	public static QueryTracker tracker() {
		QueryTracker tracker = current.get();
		if (tracker == null) {
			throw new IllegalStateException("No N1 QueryTracker for this test: run it as a Spring test "
					+ "(@SpringBootTest, @WebMvcTest, @DataJpaTest …) with n1-spring-boot-starter on the classpath "
					+ "and n1.enabled not false, or pass the tracker to assertQueries(tracker, block).");
		}
		return tracker;
	}

}
