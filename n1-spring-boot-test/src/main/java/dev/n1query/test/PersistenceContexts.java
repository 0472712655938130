package dev.n1query.test;

import jakarta.persistence.EntityManager;

/**
 * The classic trap of JPA tests: data saved in the test's own transaction stays in its
 * persistence context, so the code under test finds it there and the lazy loads (and the
 * N+1) never reach the database. Flush and clear before measuring.
 */
public final class PersistenceContexts {

	private PersistenceContexts() {
	}

	/**
	 * Writes pending changes and empties the persistence context, so what follows loads
	 * from the database as it would in production.
	 * @param entityManager the test's entity manager
	 */
	public static void flushAndClear(EntityManager entityManager) {
		entityManager.flush();
		entityManager.clear();
	}

}
