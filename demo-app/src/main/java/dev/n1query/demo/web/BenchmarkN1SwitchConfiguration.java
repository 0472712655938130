package dev.n1query.demo.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.n1query.web.N1RequestFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For {@code benchmarks/cpu-ab.sh} only ({@code demo.benchmark.n1-switch=true}; off by
 * default): a request carrying {@code X-Bench-N1: off} passes N1's request filter by, so
 * it opens no scope and N1's JDBC, Hibernate and Jackson hooks stand idle, as for work
 * outside a request. One JVM then serves pages with N1 and without it in alternating
 * slices, and their CPU per request compares at one JIT state and one machine speed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "demo.benchmark.n1-switch", havingValue = "true")
class BenchmarkN1SwitchConfiguration {

	static final String HEADER = "X-Bench-N1";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> benchmarkN1Switch(
			ObjectProvider<FilterRegistrationBean<N1RequestFilter>> n1) {
		// OncePerRequestFilter skips a filter whose "<name>.FILTERED" attribute is already set;
		// with N1 disabled (n1.enabled=false, the method's A/A check) there is nothing to pass by.
		FilterRegistrationBean<N1RequestFilter> n1Filter = n1.getIfAvailable();
		String alreadyFiltered = (n1Filter != null)
				? n1Filter.getFilterName() + OncePerRequestFilter.ALREADY_FILTERED_SUFFIX : "unused";
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if ("off".equals(request.getHeader(HEADER))) {
					request.setAttribute(alreadyFiltered, Boolean.TRUE);
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
