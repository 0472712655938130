package dev.n1query.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query budget for a test method (or every method of a class): the statements run
 * while the test runs, by its own thread and by the requests it makes, must stay within
 * it. Processed in Spring tests by {@link N1TestExecutionListener}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface ExpectQueries {

	/** The most statements allowed; -1 for no maximum. */
	int max() default -1;

	/** The exact number of statements expected; -1 when not checked. */
	int count() default -1;

	/** Whether an N+1 also fails the test. */
	boolean noNPlusOne() default true;

}
