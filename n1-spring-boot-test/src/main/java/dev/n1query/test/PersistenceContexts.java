package dev.n1query.test;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.util.ClassUtils;

/**
 * The classic trap of JPA tests: data saved in the test's own transaction stays in its
 * persistence context, so the code under test finds it there and the lazy loads (and the
 * N+1) never reach the database. Flush and clear before measuring.
 */
public final class PersistenceContexts {

	private static final boolean JPA = ClassUtils.isPresent("jakarta.persistence.EntityManagerFactory",
			PersistenceContexts.class.getClassLoader())
			&& ClassUtils.isPresent("org.springframework.orm.jpa.EntityManagerFactoryUtils",
					PersistenceContexts.class.getClassLoader());

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

	/**
	 * Flushes and clears every persistence context bound to the current transaction (the
	 * test transaction of {@code @DataJpaTest}); does nothing outside a transaction, where
	 * each request or service call has a persistence context of its own.
	 * @param context the test's application context, may be {@code null}
	 */
	static void flushAndClearTransactional(ApplicationContext context) {
		if (JPA && context != null) {
			Jpa.flushAndClearTransactional(context);
		}
	}

	/** Kept apart so that applications without JPA or spring-orm never load these types. */
	private static final class Jpa {

		static void flushAndClearTransactional(ApplicationContext context) {
			for (EntityManagerFactory factory : context.getBeanProvider(EntityManagerFactory.class)) {
				EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
				if (entityManager != null) {
					flushAndClear(entityManager);
				}
			}
		}

	}

}
