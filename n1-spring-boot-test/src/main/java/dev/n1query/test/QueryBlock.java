package dev.n1query.test;

/** A block of code whose statements are counted; it may throw anything. */
@FunctionalInterface
public interface QueryBlock {

	/**
	 * Runs the block.
	 * @throws Throwable whatever the block throws, rethrown to the test
	 */
	void run() throws Throwable;

}
