package dev.n1query.autoconfigure;

import dev.n1query.core.QueryTracker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration that wraps every {@code DataSource} bean with datasource-proxy so
 * that each statement reaches the {@link QueryTracker}.
 */
@AutoConfiguration(after = N1AutoConfiguration.class)
@ConditionalOnClass(name = "net.ttddyy.dsproxy.support.ProxyDataSource")
@ConditionalOnBooleanProperty(name = "n1.enabled", matchIfMissing = true)
// Without the tracker (N1AutoConfiguration excluded) there is nothing to tell.
@ConditionalOnBean(QueryTracker.class)
public final class N1JdbcAutoConfiguration {

	@Bean
	static N1DataSourceBeanPostProcessor n1DataSourceBeanPostProcessor(ObjectProvider<QueryTracker> tracker,
			Environment environment) {
		return new N1DataSourceBeanPostProcessor(tracker, environment);
	}

}
