package dev.n1query.test;

import org.springframework.util.ClassUtils;

/** Explanations added to failure messages where a count may surprise. */
final class Hints {

	private static final boolean TRANSACTIONS = ClassUtils.isPresent(
			"org.springframework.transaction.support.TransactionSynchronizationManager", Hints.class.getClassLoader());

	static final String NO_DATASOURCE = "Note: N1 recorded no statement at all. Is there a DataSource in this test "
			+ "context? @WebMvcTest has none (use @SpringBootTest, or @AutoConfigureTestDatabase with the "
			+ "repositories).";

	private Hints() {
	}

	static String forBlock() {
		if (TRANSACTIONS && org.springframework.transaction.support.TransactionSynchronizationManager
			.isActualTransactionActive()) {
			return "Note: this runs inside the test's transaction. Entities already in its persistence context are "
					+ "not loaded again, so lazy loads (and N+1) may not reach the database: call "
					+ "PersistenceContexts.flushAndClear(entityManager) first, or run it outside the transaction.";
		}
		return null;
	}

}
