package dev.n1query.autoconfigure;

import dev.n1query.core.QueryTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * Tells, once at startup, what N1 sees in a reactive (WebFlux) application: requests
 * there hop threads, so N1 opens no scope per request and its statements are only
 * counted; R2DBC does not go through a {@code DataSource} at all.
 */
@AutoConfiguration(after = N1AutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnBean(QueryTracker.class)
public final class N1ReactiveAutoConfiguration {

	static final String NOTICE = "N1 in a reactive (WebFlux) application: WebFlux requests get no query scope, so "
			+ "their JDBC statements are only counted (n1.queries), without per-request reports, N+1 detection, "
			+ "headers or panel; statements inside scopes opened in code (QueryTracker.open) are analysed as usual. "
			+ "R2DBC statements are not seen at all.";

	private static final Logger logger = LoggerFactory.getLogger(N1ReactiveAutoConfiguration.class);

	@Bean
	static SmartInitializingSingleton n1ReactiveNotice() {
		return () -> logger.info(NOTICE);
	}

}
