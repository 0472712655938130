package dev.n1query.test;

/**
 * Makes the data hold {@code n} items before a scale run of
 * {@link QueryAssert#doesNotGrowWith(Populator)} or {@link ConstantQueries}: typically
 * deletes what an earlier run created and saves {@code n} customers with their orders.
 */
@FunctionalInterface
public interface Populator {

	/**
	 * Makes the data hold {@code n} items.
	 * @param n the scale factor
	 * @throws Throwable whatever populating throws, rethrown to the test
	 */
	void populate(int n) throws Throwable;

}
