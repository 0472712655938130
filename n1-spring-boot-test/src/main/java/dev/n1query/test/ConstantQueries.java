package dev.n1query.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test method once per scale factor and fails when its statement count grows
 * with the data, like Ruby's {@code n_plus_one_control}. Before each run the test class's
 * populate method ({@code void seed(int n)}) makes the data hold {@code n} items:
 *
 * <pre>{@code
 * @Test
 * @ConstantQueries(populate = "seed")
 * void customersPage() throws Exception {
 *     mockMvc.perform(get("/customers")).andExpect(status().isOk());
 * }
 * }</pre>
 *
 * Only the test method runs again; {@code @BeforeEach} methods and the test transaction
 * (whose persistence context is flushed and cleared between runs) are shared by all runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ConstantQueriesExtension.class)
public @interface ConstantQueries {

	/** The scale factors, at least two, increasing. */
	int[] scale() default { 2, 3 };

	/** The name of the test class's method that takes the scale factor and makes the data. */
	String populate();

}
