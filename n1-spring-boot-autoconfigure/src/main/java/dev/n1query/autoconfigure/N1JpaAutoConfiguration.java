package dev.n1query.autoconfigure;

import dev.n1query.core.QueryTracker;
import dev.n1query.jpa.JpaFindingEnricher;
import dev.n1query.jpa.N1HibernateIntegrator;
import dev.n1query.jpa.RepositoryLoaderListener;
import dev.n1query.web.TemplateReadsDialect;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration of the Hibernate enrichment: findings name the entity and the
 * association loaded per row and give the JPA fix, in every persistence unit. Only with
 * Hibernate and Spring's JPA support on the classpath.
 */
@AutoConfiguration(after = N1AutoConfiguration.class)
@ConditionalOnClass(name = { "org.hibernate.integrator.spi.Integrator",
		"org.springframework.orm.jpa.AbstractEntityManagerFactoryBean" })
@ConditionalOnBooleanProperty(name = "n1.enabled", matchIfMissing = true)
// Without N1AutoConfiguration (excluded) there is no tracker to tell, nor N1's properties.
@ConditionalOnBean({ QueryTracker.class, N1Properties.class })
public final class N1JpaAutoConfiguration {

	@Bean
	N1HibernateIntegrator n1HibernateIntegrator(ObjectProvider<QueryTracker> tracker, N1Properties properties) {
		return new N1HibernateIntegrator(SingletonSupplier.of(tracker::getObject),
				properties.getDetection().isUnusedEagerLoading());
	}

	/**
	 * Integrates N1 into every JPA EntityManagerFactory bean, Spring Boot's and the
	 * application's own.
	 */
	@Bean
	static N1EntityManagerFactoryPostProcessor n1EntityManagerFactoryPostProcessor(
			ObjectProvider<N1HibernateIntegrator> integrator) {
		return new N1EntityManagerFactoryPostProcessor(integrator);
	}

	@Bean
	JpaFindingEnricher n1JpaFindingEnricher(N1HibernateIntegrator integrator) {
		return new JpaFindingEnricher(integrator);
	}

	/** Lets request scopes record which entity properties responses read. */
	@Bean
	@ConditionalOnBooleanProperty(name = "n1.detection.unused-eager-loading", matchIfMissing = true)
	SmartInitializingSingleton n1WatchEntityReads(ObjectProvider<QueryTracker> tracker) {
		return () -> tracker.ifAvailable((available) -> available.watchEntityReads(true));
	}

	/**
	 * Lets Thymeleaf templates tell which entity properties they read, for the
	 * unused-eager-loading report (JSON responses tell it through N1's Jackson module).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnBooleanProperty(name = "n1.detection.unused-eager-loading", matchIfMissing = true)
	@ConditionalOnBooleanProperty(name = "spring.thymeleaf.enable-spring-el-compiler", havingValue = false,
			matchIfMissing = true)
	static class TemplateReadsConfiguration {

		@Bean
		TemplateReadsDialect n1TemplateReadsDialect(QueryTracker tracker) {
			return new TemplateReadsDialect(tracker);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.data.repository.core.support.RepositoryMethodInvocationListener")
	static class SpringDataConfiguration {

		/** Adds N1's listener to every Spring Data repository factory. */
		@Bean
		static BeanPostProcessor n1RepositoryLoaderPostProcessor(ObjectProvider<QueryTracker> tracker) {
			RepositoryLoaderListener listener = new RepositoryLoaderListener(SingletonSupplier.of(tracker::getObject));
			return new BeanPostProcessor() {

				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) {
					if (bean instanceof RepositoryFactoryBeanSupport<?, ?, ?> factoryBean) {
						factoryBean.addRepositoryFactoryCustomizer((factory) -> factory.addInvocationListener(listener));
					}
					return bean;
				}

			};
		}

	}

}
