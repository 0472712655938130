package dev.n1query.demo.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For {@code benchmarks/cpu-ab.sh} only ({@code demo.benchmark.n1-switch=true}; off by
 * default): a request carrying {@code X-Bench-N1: off} passes N1's request filter by, so
 * it opens no scope and N1's JDBC, Hibernate and Jackson hooks stand idle, as for work
 * outside a request. One JVM then serves pages with N1 and without it in alternating
 * slices, and their CPU per request compares at one JIT state and one machine speed.
 * It also counts each mode's requests, the CPU time and the bytes their threads spent
 * inside the filter chain, at {@code /benchmark/n1-switch} ({@code DELETE} resets), for
 * requests of both modes interleaved on the same connections.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "demo.benchmark.n1-switch", havingValue = "true")
class BenchmarkN1SwitchConfiguration {

	static final String HEADER = "X-Bench-N1";

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> benchmarkN1Switch(
			ObjectProvider<FilterRegistrationBean<N1RequestFilter>> n1, ModeCosts costs) {
		// OncePerRequestFilter skips a filter whose "<name>.FILTERED" attribute is already set;
		// with N1 disabled (n1.enabled=false, the method's A/A check) there is nothing to pass by.
		FilterRegistrationBean<N1RequestFilter> n1Filter = n1.getIfAvailable();
		String alreadyFiltered = (n1Filter != null)
				? n1Filter.getFilterName() + OncePerRequestFilter.ALREADY_FILTERED_SUFFIX : "unused";
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				boolean off = "off".equals(request.getHeader(HEADER));
				if (off) {
					request.setAttribute(alreadyFiltered, Boolean.TRUE);
				}
				if (request.getRequestURI().startsWith("/benchmark/")) {
					chain.doFilter(request, response); // the counters' own requests are not counted
					return;
				}
				if (off) {
					measureWithoutN1(request, response, chain);
				}
				else {
					measureWithN1(request, response, chain);
				}
			}

			// Two methods, so that a profiler's stacks tell the modes apart (benchmarks.md, "The
			// JSON page over more JVMs, and where its N1 time goes").
			private void measureWithN1(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				measure(false, request, response, chain);
			}

			private void measureWithoutN1(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				measure(true, request, response, chain);
			}

			private void measure(boolean off, HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				long cpu = THREADS.getCurrentThreadCpuTime();
				long allocated = THREADS.getCurrentThreadAllocatedBytes();
				try {
					chain.doFilter(request, response);
				}
				finally {
					costs.add(off, THREADS.getCurrentThreadCpuTime() - cpu,
							THREADS.getCurrentThreadAllocatedBytes() - allocated);
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Requests, thread CPU nanoseconds and allocated bytes per mode, since the last reset. */
	@RestController
	@ConditionalOnProperty(name = "demo.benchmark.n1-switch", havingValue = "true")
	static class ModeCosts {

		private final Counts on = new Counts();

		private final Counts off = new Counts();

		void add(boolean n1Off, long cpuNanos, long bytes) {
			(n1Off ? this.off : this.on).add(cpuNanos, bytes);
		}

		/** Two lines, "on requests cpu-nanos bytes" and "off …". */
		@GetMapping(path = "/benchmark/n1-switch", produces = "text/plain")
		String costs() {
			return "on " + this.on + "\noff " + this.off + "\n";
		}

		@DeleteMapping("/benchmark/n1-switch")
		void reset() {
			this.on.reset();
			this.off.reset();
		}

	}

	private static final class Counts {

		private final LongAdder requests = new LongAdder();

		private final LongAdder cpuNanos = new LongAdder();

		private final LongAdder bytes = new LongAdder();

		void add(long cpuNanos, long bytes) {
			this.requests.increment();
			this.cpuNanos.add(cpuNanos);
			this.bytes.add(bytes);
		}

		void reset() {
			this.requests.reset();
			this.cpuNanos.reset();
			this.bytes.reset();
		}

		@Override
		public String toString() {
			return this.requests.sum() + " " + this.cpuNanos.sum() + " " + this.bytes.sum();
		}

	}

}
