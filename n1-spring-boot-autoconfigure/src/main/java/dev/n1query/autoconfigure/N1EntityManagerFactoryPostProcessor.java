package dev.n1query.autoconfigure;

import java.util.Map;

import dev.n1query.jpa.ComposedIntegratorProvider;
import dev.n1query.jpa.N1HibernateIntegrator;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.util.ClassUtils;

/**
 * Adds N1's Hibernate integrator to every JPA {@code EntityManagerFactory} bean before it
 * is built: the one Spring Boot configures and any the application defines itself
 * (several persistence units), keeping the application's own
 * {@code hibernate.integrator_provider} in whichever form it is set.
 */
class N1EntityManagerFactoryPostProcessor implements BeanPostProcessor, BeanClassLoaderAware {

	private final ObjectProvider<N1HibernateIntegrator> integrator;

	private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

	N1EntityManagerFactoryPostProcessor(ObjectProvider<N1HibernateIntegrator> integrator) {
		this.integrator = integrator;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	// Before initialisation: the factory is built in afterPropertiesSet.
	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractEntityManagerFactoryBean factoryBean) {
			N1HibernateIntegrator n1 = this.integrator.getIfAvailable();
			if (n1 != null) {
				Map<String, Object> properties = factoryBean.getJpaPropertyMap();
				properties.put(ComposedIntegratorProvider.SETTING, ComposedIntegratorProvider
					.compose(properties.get(ComposedIntegratorProvider.SETTING), n1, this.classLoader));
			}
		}
		return bean;
	}

}
