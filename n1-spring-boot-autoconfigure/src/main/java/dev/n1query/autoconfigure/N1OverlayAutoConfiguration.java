package dev.n1query.autoconfigure;


import javax.sql.DataSource;

import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.overlay.ClientAddresses;
import dev.n1query.overlay.ExplainService;
import dev.n1query.overlay.OverlayEndpointFilter;
import dev.n1query.overlay.OverlayInjectionFilter;
import dev.n1query.overlay.PanelRenderer;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Auto-configuration of the development panel: off unless {@code n1.overlay.enabled=true},
 * and then logged at WARN, because it shows SQL and parameter values and runs EXPLAIN.
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
	ClientAddresses n1OverlayClients(N1Properties properties) {
		N1Properties.Overlay overlay = properties.getOverlay();
		ClientAddresses clients = new ClientAddresses(overlay.getAllowedAddresses());
		logger.warn("N1 development panel is ON at {}/**: it shows SQL, parameter values and EXPLAIN plans to {}. "
				+ "Never enable n1.overlay.enabled in production.", overlay.getPath(),
				overlay.getAllowedAddresses().isEmpty() ? "loopback clients only"
						: "loopback clients and " + overlay.getAllowedAddresses());
		return clients;
	}

	@Bean
	ExplainService n1ExplainService(ListableBeanFactory beans, N1Properties properties) {
		return new ExplainService(
				(name) -> beans.isTypeMatch(name, DataSource.class) ? beans.getBean(name, DataSource.class) : null,
				properties.getOverlay().getExplainTimeout());
	}

	@Bean
	FilterRegistrationBean<OverlayEndpointFilter> n1OverlayEndpointFilter(ReportHistory history,
			ExplainService explain, ClientAddresses clients, N1Properties properties, QueryTracker tracker) {
		tracker.captureStacks(properties.getOverlay().getStackDepth());
		tracker.keepExplainValues(true);
		FilterRegistrationBean<OverlayEndpointFilter> registration = new FilterRegistrationBean<>(
				new OverlayEndpointFilter(history, new PanelRenderer(explain), explain, clients, basePath(properties)));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OverlayInjectionFilter> n1OverlayInjectionFilter(ClientAddresses clients,
			N1Properties properties) {
		FilterRegistrationBean<OverlayInjectionFilter> registration = new FilterRegistrationBean<>(
				new OverlayInjectionFilter(clients, basePath(properties)));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(INJECTION_ORDER);
		return registration;
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
