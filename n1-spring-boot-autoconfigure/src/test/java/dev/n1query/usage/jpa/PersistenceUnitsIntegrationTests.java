package dev.n1query.usage.jpa;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.n1query.autoconfigure.N1AutoConfiguration;
import dev.n1query.autoconfigure.N1JdbcAutoConfiguration;
import dev.n1query.autoconfigure.N1JpaAutoConfiguration;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.usage.jpa.library.Author;
import dev.n1query.usage.jpa.library.Book;
import dev.n1query.usage.jpa.shop.Customer;
import dev.n1query.usage.jpa.shop.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.mapping.PersistentClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N1's Hibernate integration reaches every persistence unit of an application, also ones
 * the application builds itself, and composes with the application's own
 * {@code hibernate.integrator_provider} in each form Hibernate accepts.
 */
class PersistenceUnitsIntegrationTests {

	private static final String INTEGRATOR_PROVIDER = "hibernate.integrator_provider";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues("spring.datasource.generate-unique-name=true", "spring.jpa.hibernate.ddl-auto=create-drop",
				"spring.jpa.open-in-view=false")
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, N1AutoConfiguration.class, N1JdbcAutoConfiguration.class,
				N1JpaAutoConfiguration.class));

	@BeforeEach
	void forgetIntegrations() {
		RecordingIntegrator.integratedEntities.clear();
	}

	@Test
	void twoPersistenceUnitsDefinedByTheApplicationBothNameTheAssociation() {
		this.contextRunner.withUserConfiguration(TwoPersistenceUnits.class).run((context) -> {
			assertThat(context).hasNotFailed();
			QueryTracker tracker = context.getBean(QueryTracker.class);
			EntityManagerFactory library = context.getBean("libraryEntityManagerFactory", EntityManagerFactory.class);
			EntityManagerFactory shop = context.getBean("shopEntityManagerFactory", EntityManagerFactory.class);
			assertThat(authorsWithTheirBooks(library, tracker)).containsExactly("Author.books");
			assertThat(customersWithTheirOrders(shop, tracker)).containsExactly("Customer.orders");
			assertThat(authorsWithTheirBooks(library, tracker)).containsExactly("Author.books");
			// the shop unit set the application's own provider by class name: it ran too
			assertThat(RecordingIntegrator.integratedEntities).containsExactly("Customer", "PurchaseOrder");
		});
	}

	@Test
	void fixesOfWritesPerRowNameTheEntityInEitherPersistenceUnit() {
		this.contextRunner.withUserConfiguration(TwoPersistenceUnits.class).run((context) -> {
			QueryTracker tracker = context.getBean(QueryTracker.class);
			EntityManagerFactory library = context.getBean("libraryEntityManagerFactory", EntityManagerFactory.class);
			EntityManagerFactory shop = context.getBean("shopEntityManagerFactory", EntityManagerFactory.class);
			assertThat(insertedOneByOne(library, tracker, (id) -> new Author(100 + id, "Author"))).containsExactly("Author");
			assertThat(insertedOneByOne(shop, tracker, (id) -> new Customer(100 + id))).containsExactly("Customer");
		});
	}

	// The entities named by the write N+1 of inserting rows with a flush each.
	private static List<String> insertedOneByOne(EntityManagerFactory factory, QueryTracker tracker,
			java.util.function.LongFunction<Object> entity) {
		EntityManager entityManager = factory.createEntityManager();
		QueryScope scope = tracker.open("inserts");
		try (scope) {
			entityManager.getTransaction().begin();
			for (long id = 1; id <= 4; id++) {
				entityManager.persist(entity.apply(id));
				entityManager.flush();
			}
			entityManager.getTransaction().commit();
		}
		finally {
			entityManager.close();
		}
		return scope.report().nPlusOne().stream().map((finding) -> finding.entity()).toList();
	}

	@Test
	void integratorProviderGivenAsClassNameStillRunsBesideN1() {
		this.contextRunner.withUserConfiguration(LibraryEntities.class)
			.withPropertyValues("spring.jpa.properties." + INTEGRATOR_PROVIDER + "="
					+ RecordingIntegratorProvider.class.getName())
			.run(this::bothIntegratorsRan);
	}

	@Test
	void integratorProviderGivenAsClassStillRunsBesideN1() {
		this.contextRunner.withUserConfiguration(LibraryEntities.class)
			.withBean(HibernatePropertiesCustomizer.class,
					() -> (properties) -> properties.put(INTEGRATOR_PROVIDER, RecordingIntegratorProvider.class))
			.run(this::bothIntegratorsRan);
	}

	@Test
	void integratorProviderGivenAsInstanceStillRunsBesideN1() {
		this.contextRunner.withUserConfiguration(LibraryEntities.class)
			.withBean(HibernatePropertiesCustomizer.class,
					() -> (properties) -> properties.put(INTEGRATOR_PROVIDER, new RecordingIntegratorProvider()))
			.run(this::bothIntegratorsRan);
	}

	@Test
	void integratorProviderNamingAMissingClassFailsStartupClearly() {
		this.contextRunner.withUserConfiguration(LibraryEntities.class)
			.withPropertyValues("spring.jpa.properties." + INTEGRATOR_PROVIDER + "=com.example.Missing")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("com.example.Missing"));
	}

	private void bothIntegratorsRan(org.springframework.context.ApplicationContext context) {
		assertThat(RecordingIntegrator.integratedEntities).containsExactlyInAnyOrder("Author", "Book");
		assertThat(authorsWithTheirBooks(context.getBean(EntityManagerFactory.class),
				context.getBean(QueryTracker.class)))
			.containsExactly("Author.books");
	}

	private static List<String> authorsWithTheirBooks(EntityManagerFactory factory, QueryTracker tracker) {
		inTransaction(factory, (entityManager) -> {
			if (entityManager.find(Author.class, 1L) == null) {
				for (long id = 1; id <= 4; id++) {
					Author author = new Author(id, "Author " + id);
					entityManager.persist(author);
					entityManager.persist(new Book(id * 10, author));
				}
			}
		});
		return nPlusOneIn(factory, tracker, (entityManager) -> entityManager
			.createQuery("select a from Author a order by a.id", Author.class)
			.getResultList()
			.forEach((author) -> author.getBooks().size()));
	}

	private static List<String> customersWithTheirOrders(EntityManagerFactory factory, QueryTracker tracker) {
		inTransaction(factory, (entityManager) -> {
			for (long id = 1; id <= 4; id++) {
				Customer customer = new Customer(id);
				entityManager.persist(customer);
				entityManager.persist(new PurchaseOrder(id * 10, customer));
			}
		});
		return nPlusOneIn(factory, tracker, (entityManager) -> entityManager
			.createQuery("select c from Customer c order by c.id", Customer.class)
			.getResultList()
			.forEach((customer) -> customer.getOrders().size()));
	}

	// The N+1 findings, as Entity.association, of work done in a scope of its own.
	private static List<String> nPlusOneIn(EntityManagerFactory factory, QueryTracker tracker,
			Consumer<EntityManager> work) {
		EntityManager entityManager = factory.createEntityManager();
		QueryScope scope = tracker.open("persistence-unit-work");
		try (scope) {
			work.accept(entityManager);
		}
		finally {
			entityManager.close();
		}
		return scope.report().nPlusOne().stream().map((finding) -> finding.entity() + "." + finding.association())
			.toList();
	}

	private static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
		EntityManager entityManager = factory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			work.accept(entityManager);
			entityManager.getTransaction().commit();
		}
		finally {
			entityManager.close();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Author.class)
	static class LibraryEntities {

	}

	/**
	 * Two persistence units the application builds itself: one with Spring Boot's
	 * builder, one by hand with its own integrator provider.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TwoPersistenceUnits {

		@Bean
		@Primary
		LocalContainerEntityManagerFactoryBean libraryEntityManagerFactory(EntityManagerFactoryBuilder builder,
				DataSource dataSource) {
			return builder.dataSource(dataSource)
				.packages(Author.class)
				.persistenceUnit("library")
				.properties(Map.of("hibernate.hbm2ddl.auto", "create-drop"))
				.build();
		}

		@Bean
		LocalContainerEntityManagerFactoryBean shopEntityManagerFactory(DataSource dataSource) {
			LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
			factory.setDataSource(dataSource);
			factory.setPackagesToScan(Customer.class.getPackageName());
			factory.setPersistenceUnitName("shop");
			factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
			factory.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "create-drop", INTEGRATOR_PROVIDER,
					RecordingIntegratorProvider.class.getName()));
			return factory;
		}

	}

	/** An application's own provider, instantiated by Hibernate from its name or class. */
	public static class RecordingIntegratorProvider implements IntegratorProvider {

		@Override
		public List<Integrator> getIntegrators() {
			return List.of(new RecordingIntegrator());
		}

	}

	/** Records the entities of each persistence unit it is integrated into. */
	static class RecordingIntegrator implements Integrator {

		static final List<String> integratedEntities = new CopyOnWriteArrayList<>();

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			metadata.getEntityBindings()
				.stream()
				.map(PersistentClass::getJpaEntityName)
				.sorted()
				.forEach(integratedEntities::add);
		}

	}

}
