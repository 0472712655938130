package dev.n1query.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.n1query.core.QueryTracker;
import dev.n1query.jdbc.DataSourceWrapper;
import dev.n1query.jdbc.N1QueryListener;
import dev.n1query.jdbc.proxy.N1JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.jdk.JdkJdbcProxyFactory;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

/**
 * Wraps every {@link DataSource} bean, exactly once, so its statements reach the
 * {@link QueryTracker}. Skips scoped-proxy targets (their proxy is wrapped instead),
 * beans listed in {@code n1.jdbc.excluded-data-source-beans} and DataSources already
 * wrapped by N1. The proxies come from {@code n1.jdbc.proxy-factory}. Runs late (after Spring Boot's lazy-connection post-processor) so it
 * sees the DataSource as the application uses it. Opens no connection; the tracker is
 * looked up on the first statement, so wrapping does not create it early.
 */
public class N1DataSourceBeanPostProcessor implements BeanPostProcessor, Ordered {

	private final SingletonSupplier<N1QueryListener> listener;

	private final SingletonSupplier<List<String>> excludedBeans;

	private final SingletonSupplier<JdbcProxyFactory> proxyFactory;

	N1DataSourceBeanPostProcessor(ObjectProvider<QueryTracker> tracker, Environment environment) {
		SingletonSupplier<QueryTracker> lazyTracker = SingletonSupplier.of(tracker::getObject);
		this.listener = SingletonSupplier.of(() -> new N1QueryListener(lazyTracker));
		this.excludedBeans = SingletonSupplier.of(() -> Binder.get(environment)
			.bind("n1.jdbc.excluded-data-source-beans", Bindable.listOf(String.class))
			.orElse(List.of()));
		this.proxyFactory = SingletonSupplier.of(() -> proxyFactory(Binder.get(environment)
			.bind("n1.jdbc.proxy-factory", JdbcProxyFactoryType.class)
			.orElse(JdbcProxyFactoryType.N1)));
	}

	private static JdbcProxyFactory proxyFactory(JdbcProxyFactoryType type) {
		return (type == JdbcProxyFactoryType.JDK) ? new JdkJdbcProxyFactory() : new N1JdbcProxyFactory();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !ScopedProxyUtils.isScopedTarget(beanName)
				&& !this.excludedBeans.obtain().contains(beanName)) {
			return DataSourceWrapper.wrap(dataSource, beanName, this.listener.obtain(), this.proxyFactory.obtain());
		}
		return bean;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

}
