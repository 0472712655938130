package dev.n1query.autoconfigure;


import javax.sql.DataSource;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.overlay.ExplainService;
import dev.n1query.overlay.OverlayEndpointFilter;
import dev.n1query.overlay.OverlayInjectionFilter;
import dev.n1query.overlay.PageTokens;
import dev.n1query.overlay.PanelAccess;
import dev.n1query.overlay.PanelClients;
import dev.n1query.overlay.PanelRenderer;
import dev.n1query.overlay.SpringSecurityPanelAccess;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration of the development panel: off unless {@code n1.overlay.enabled=true},
 * and then logged at WARN, because it shows SQL and parameter values and runs EXPLAIN.
 * Where Spring Security is present, the panel's requests run through the application's
 * own security filter chain and its data follows the rules of the page it belongs to.
 */
@AutoConfiguration(after = { N1AutoConfiguration.class, N1WebMvcAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(name = { "org.thymeleaf.spring6.SpringTemplateEngine", "jakarta.servlet.Filter",
		"org.springframework.web.filter.OncePerRequestFilter" })
@ConditionalOnBooleanProperty(name = "n1.overlay.enabled")
@ConditionalOnBean({ QueryTracker.class, ReportHistory.class })
public final class N1OverlayAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(N1OverlayAutoConfiguration.class);

	/** Around N1's request filter, so the request's report is ready when the page is finished. */
	static final int INJECTION_ORDER = N1WebMvcAutoConfiguration.FILTER_ORDER - 1;

	@Bean
	@ConditionalOnMissingBean
	PanelClients n1PanelClients(N1Properties properties) {
		return N1WebMvcAutoConfiguration.panelClients(properties);
	}

	@Bean
	PageTokens n1PageTokens() {
		return new PageTokens();
	}

	@Bean
	@ConditionalOnMissingBean
	PanelAccess n1PanelAccess() {
		return PanelAccess.OPEN;
	}

	@Bean
	ExplainService n1ExplainService(ListableBeanFactory beans, N1Properties properties) {
		return new ExplainService(
				(name) -> beans.isTypeMatch(name, DataSource.class) ? beans.getBean(name, DataSource.class) : null,
				properties.getOverlay().getExplainTimeout());
	}

	@Bean
	FilterRegistrationBean<OverlayEndpointFilter> n1OverlayEndpointFilter(ReportHistory history,
			ExplainService explain, PanelClients clients, PageTokens tokens, PanelAccess access,
			N1Properties properties, QueryTracker tracker) {
		N1Properties.Overlay overlay = properties.getOverlay();
		logger.warn("N1 development panel is ON at {}/**: it shows SQL, parameter values and EXPLAIN plans to {}, "
				+ "for the hosts localhost, 127.0.0.1, [::1]{}. Never enable n1.overlay.enabled in production.",
				overlay.getPath(), overlay.getAllowedAddresses().isEmpty() ? "loopback clients only"
						: "loopback clients and " + overlay.getAllowedAddresses(),
				overlay.getAllowedHosts().isEmpty() ? "" : " and " + overlay.getAllowedHosts());
		tracker.captureStacks(overlay.getStackDepth());
		tracker.keepExplainValues(true);
		FilterRegistrationBean<OverlayEndpointFilter> registration = new FilterRegistrationBean<>(
				new OverlayEndpointFilter(history, new PanelRenderer(explain), explain, clients, tokens, access,
						basePath(properties)));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OverlayInjectionFilter> n1OverlayInjectionFilter(PanelClients clients,
			PageTokens tokens, N1Properties properties) {
		FilterRegistrationBean<OverlayInjectionFilter> registration = new FilterRegistrationBean<>(
				new OverlayInjectionFilter(clients, tokens, basePath(properties)));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(INJECTION_ORDER);
		return registration;
	}

	/**
	 * The application's Spring Security rules, looked up when the panel is first used:
	 * the security filter chain may be created after the panel.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.security.web.access.WebInvocationPrivilegeEvaluator",
			"org.springframework.security.web.csrf.CsrfFilter" })
	static class SpringSecurityConfiguration {

		/** The name Spring Security gives its filter (AbstractSecurityWebApplicationInitializer). */
		static final String SECURITY_FILTER_NAME = "springSecurityFilterChain";

		@Bean
		PanelAccess n1PanelAccess(ListableBeanFactory beans,
				ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
			return new SpringSecurityPanelAccess(SingletonSupplier.ofNullable(() -> beans.containsBean(SECURITY_FILTER_NAME)
					? beans.getBean(SECURITY_FILTER_NAME, Filter.class) : null),
					SingletonSupplier.ofNullable(privileges::getIfUnique));
		}

	}

	private static String basePath(N1Properties properties) {
		String path = properties.getOverlay().getPath();
		if (path == null || path.isBlank() || path.equals("/")) {
			throw new IllegalArgumentException("n1.overlay.path must be a path prefix such as /n1, was '" + path + "'");
		}
		String withSlash = path.startsWith("/") ? path : "/" + path;
		return withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
	}

}
