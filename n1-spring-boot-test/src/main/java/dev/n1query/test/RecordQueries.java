package dev.n1query.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records each test's statement count and shapes in a reviewable file under
 * {@code src/test/resources/n1/} on the first run, and fails later runs that run more
 * statements or repeat a shape that did not repeat before (like django-perf-rec). Fewer
 * statements pass; the file changes only with {@code -Dn1.record=update}, and never in CI
 * ({@code CI=true}), where a missing record fails. {@code n1.test.record-queries=true}
 * does the same for every Spring test. Processed by {@link N1TestExecutionListener}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RecordQueries {

}
