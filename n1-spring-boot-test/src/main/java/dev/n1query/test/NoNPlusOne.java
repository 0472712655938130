package dev.n1query.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test (a method, or every method of a class) when any N+1 is found in any
 * request or code it runs, with the full report. Processed in Spring tests by
 * {@link N1TestExecutionListener}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface NoNPlusOne {

}
