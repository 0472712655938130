package dev.n1query.autoconfigure;

import java.util.function.Predicate;

import dev.n1query.core.QueryTracker;
import dev.n1query.overlay.AllowedHosts;
import dev.n1query.overlay.ClientAddresses;
import dev.n1query.overlay.PanelClients;
import dev.n1query.web.JsonSerializationActivityModule;
import dev.n1query.web.N1RequestFilter;
import dev.n1query.web.ObservationKeyValuesObserver;
import dev.n1query.web.RequestReportObserver;
import dev.n1query.web.RenderingActivityInterceptor;
import dev.n1query.web.ResponseWritingActivityAdvice;
import dev.n1query.web.TemplateLocationDialect;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration that opens a query scope per HTTP request in a Spring MVC
 * application and tells it which view or response is being rendered.
 */
@AutoConfiguration(after = N1AutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(name = { "jakarta.servlet.Filter", "org.springframework.web.servlet.DispatcherServlet" })
@ConditionalOnBean(QueryTracker.class)
public final class N1WebMvcAutoConfiguration {

	/** Early, so security and other filters' statements belong to the request too. */
	static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	@Bean
	@ConditionalOnMissingBean
	PanelClients n1PanelClients(N1Properties properties) {
		return panelClients(properties);
	}

	@Bean
	FilterRegistrationBean<N1RequestFilter> n1RequestFilter(QueryTracker tracker,
			ObjectProvider<RequestReportObserver> observers, N1Properties properties, PanelClients clients) {
		FilterRegistrationBean<N1RequestFilter> registration = new FilterRegistrationBean<>(new N1RequestFilter(
				tracker, observers.orderedStream().toList(), sendsHeaders(properties.getWeb(), clients)));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	@Bean
	WebMvcConfigurer n1WebMvcConfigurer(QueryTracker tracker) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new RenderingActivityInterceptor(tracker));
			}

		};
	}

	@Bean
	ResponseWritingActivityAdvice n1ResponseWritingActivityAdvice(QueryTracker tracker) {
		return new ResponseWritingActivityAdvice(tracker);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
	static class TemplateLocationConfiguration {

		@Bean
		TemplateLocationDialect n1TemplateLocationDialect(QueryTracker tracker) {
			return new TemplateLocationDialect(tracker);
		}
	}

	/** Who may see the panel, and by default N1's headers: n1.overlay.allowed-addresses and allowed-hosts. */
	static PanelClients panelClients(N1Properties properties) {
		N1Properties.Overlay overlay = properties.getOverlay();
		return new PanelClients(new ClientAddresses(overlay.getAllowedAddresses()),
				new AllowedHosts(overlay.getAllowedHosts()));
	}

	private static Predicate<HttpServletRequest> sendsHeaders(N1Properties.Web web, PanelClients clients) {
		return switch (web.getResponseHeaders()) {
			case ALL -> (request) -> true;
			case NONE -> (request) -> false;
			case PANEL_CLIENTS -> clients::isAllowed;
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.micrometer.observation.Observation",
			"org.springframework.web.filter.ServerHttpObservationFilter" })
	@ConditionalOnBooleanProperty(name = "n1.metrics.enabled", matchIfMissing = true)
	static class ObservationConfiguration {

		@Bean
		ObservationKeyValuesObserver n1ObservationKeyValuesObserver() {
			return new ObservationKeyValuesObserver();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = JsonSerializationActivityModule.REQUIRED_CLASS)
	static class JsonSerializationActivityConfiguration {

		@Bean
		JsonSerializationActivityModule n1JsonSerializationActivityModule(QueryTracker tracker) {
			return new JsonSerializationActivityModule(tracker);
		}

	}

}
