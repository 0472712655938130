package dev.n1query.test;

import java.util.List;

import dev.n1query.core.QueryScope;
import dev.n1query.core.ScopeReport;
import dev.n1query.web.N1RequestFilter;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * MockMvc matchers on the statements of the request just performed, templates rendered
 * included:
 *
 * <pre>{@code
 * mockMvc.perform(get("/customers/fixed"))
 *     .andExpect(queries().count(1))
 *     .andExpect(queries().noNPlusOne());
 * }</pre>
 */
public final class N1ResultMatchers {

	private N1ResultMatchers() {
	}

	/** The matchers of the request's statements. */
	public static Matchers queries() {
		return new Matchers();
	}

	/** Matchers on one request's statements. */
	public static final class Matchers {

		private Matchers() {
		}

		/**
		 * The exact number of statements.
		 * @param expected the number
		 * @return the matcher
		 */
		public ResultMatcher count(int expected) {
			return (result) -> assertion(result, expected > 0).count(expected);
		}

		/**
		 * A query budget.
		 * @param max the most statements allowed
		 * @return the matcher
		 */
		public ResultMatcher atMost(int max) {
			return (result) -> assertion(result, false).atMost(max);
		}

		/**
		 * The number of SELECTs.
		 * @param expected the number
		 * @return the matcher
		 */
		public ResultMatcher selects(int expected) {
			return (result) -> assertion(result, expected > 0).selects(expected);
		}

		/**
		 * The number of INSERTs (a JDBC batch counts once).
		 * @param expected the number
		 * @return the matcher
		 */
		public ResultMatcher inserts(int expected) {
			return (result) -> assertion(result, expected > 0).inserts(expected);
		}

		/** No N+1 in the request. */
		public ResultMatcher noNPlusOne() {
			return (result) -> assertion(result, false).noNPlusOne();
		}

		/** An N+1 in the request (for tests that pin a known problem). */
		public ResultMatcher nPlusOne() {
			return (result) -> assertion(result, true).hasNPlusOne();
		}

		/** No statement run twice with the same values. */
		public ResultMatcher noDuplicates() {
			return (result) -> assertion(result, false).noDuplicates();
		}

		/** A statement run twice with the same values. */
		public ResultMatcher duplicates() {
			return (result) -> assertion(result, true).hasDuplicates();
		}

		/** No association fetched eagerly that the view or JSON never read. */
		public ResultMatcher noUnusedEagerLoading() {
			return (result) -> assertion(result, false).noUnusedEagerLoading();
		}

		/** An association fetched eagerly that the view or JSON never read. */
		public ResultMatcher unusedEagerLoading() {
			return (result) -> assertion(result, true).hasUnusedEagerLoading();
		}

		private static QueryAssert assertion(MvcResult result, boolean expectsStatements) {
			Object scope = result.getRequest().getAttribute(N1RequestFilter.SCOPE_ATTRIBUTE);
			if (!(scope instanceof QueryScope requestScope)) {
				throw new AssertionError("This request was not tracked by N1: build MockMvc from the application "
						+ "context (@AutoConfigureMockMvc, @WebMvcTest) with n1-spring-boot-starter on the classpath");
			}
			ScopeReport report = requestScope.report();
			if (report == null) {
				throw new AssertionError("The request's N1 scope is still open (an async request not completed?)");
			}
			RecordedQueries queries = new RecordedQueries(List.of(report));
			String hint = (expectsStatements && report.queryCount() == 0) ? Hints.NO_DATASOURCE : null;
			return new QueryAssert(queries, report.name(), hint);
		}

	}

}
