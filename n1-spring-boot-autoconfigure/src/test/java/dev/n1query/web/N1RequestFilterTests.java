package dev.n1query.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The request filter's lifecycle rules: one scope per request, header before the body,
 * thread-bound state always cleared.
 */
class N1RequestFilterTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
			List.of(), List.of(this.reports::add));

	private final N1RequestFilter filter = new N1RequestFilter(this.tracker);

	@Test
	void theAlreadyFilteredAttributeIsSpringsNameForTheFilterBeforeAndAfterInit() throws Exception {
		N1RequestFilter filter = new N1RequestFilter(this.tracker);
		filter.setBeanName("beanName");
		assertThat(filter.getAlreadyFilteredAttributeName()).isEqualTo("beanName.FILTERED");
		filter.init(new MockFilterConfig("n1RequestFilter"));
		String name = filter.getAlreadyFilteredAttributeName();
		assertThat(name).isEqualTo("n1RequestFilter" + OncePerRequestFilter.ALREADY_FILTERED_SUFFIX);
		assertThat(filter.getAlreadyFilteredAttributeName()).isSameAs(name);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		Object[] seenInChain = new Object[1];
		filter.doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seenInChain[0] = req.getAttribute("n1RequestFilter.FILTERED"));
		assertThat(seenInChain[0]).isEqualTo(Boolean.TRUE);
		assertThat(request.getAttribute("n1RequestFilter.FILTERED")).isNull();
		assertThat(this.reports).hasSize(1);
	}

	@Test
	void serverTimingIsAddedWhenTheContentLengthIsSetInAnyWay() throws Exception {
		for (String way : List.of("setHeader", "addHeader", "setIntHeader", "addIntHeader", "setContentLength")) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			String[] seenInChain = new String[1];
			this.filter.doFilter(new MockHttpServletRequest("GET", "/x"), response, (req, res) -> {
				this.tracker.record(StatementExecution.of("select 1"));
				HttpServletResponse http = (HttpServletResponse) res;
				switch (way) {
					case "setHeader" -> http.setHeader("Content-Length", "4");
					case "addHeader" -> http.addHeader("Content-Length", "4");
					case "setIntHeader" -> http.setIntHeader("Content-Length", 4);
					case "addIntHeader" -> http.addIntHeader("Content-Length", 4);
					default -> http.setContentLength(4);
				}
				seenInChain[0] = response.getHeader("Server-Timing");
			});
			assertThat(seenInChain[0]).as(way).isEqualTo("db;dur=0.001;desc=\"1 queries\"");
		}
	}

	@Test
	void requestIdHeaderIsSetBeforeTheBodyIsWritten() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers/7");
		MockHttpServletResponse response = new MockHttpServletResponse();
		String[] seenInChain = new String[2];
		this.filter.doFilter(request, response, (req, res) -> {
			seenInChain[0] = response.getHeader(N1RequestFilter.REQUEST_ID_HEADER);
			seenInChain[1] = this.tracker.current().id();
			req.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/customers/{id}");
			this.tracker.record(StatementExecution.of("select 1"));
			res.getWriter().write("body");
		});
		assertThat(seenInChain[0]).isNotBlank().isEqualTo(seenInChain[1]);
		assertThat(this.tracker.current()).isNull();
		assertThat(this.reports).singleElement().satisfies((report) -> {
			assertThat(report.id()).isEqualTo(seenInChain[0]);
			assertThat(report.uri()).isEqualTo("/customers/{id}");
			assertThat(report.queryCount()).isEqualTo(1);
		});
	}

	@Test
	void aResponseRefusingN1sHeadersStillServesTheRequestAndClosesItsScope() throws Exception {
		MockHttpServletResponse served = new MockHttpServletResponse();
		// A wrapper of the application's that rejects headers it does not know.
		HttpServletResponse refusing = new HttpServletResponseWrapper(served) {

			@Override
			public void setHeader(String name, String value) {
				refuse(name);
				super.setHeader(name, value);
			}

			@Override
			public void addHeader(String name, String value) {
				refuse(name);
				super.addHeader(name, value);
			}

			private void refuse(String name) {
				if (name.startsWith("X-N1") || name.equals("Server-Timing")) {
					throw new IllegalStateException("header not allowed: " + name);
				}
			}

		};
		this.filter.doFilter(new MockHttpServletRequest("GET", "/customers"), refusing, (req, res) -> {
			this.tracker.record(StatementExecution.of("select 1"));
			res.setContentLength(4);
			res.getWriter().write("body");
		});
		assertThat(served.getContentAsString()).isEqualTo("body");
		assertThat(served.getHeader("Content-Length")).isEqualTo("4");
		assertThat(this.tracker.current()).isNull();
		assertThat(this.reports).singleElement().satisfies((report) -> assertThat(report.queryCount()).isEqualTo(1));
	}

	@Test
	void aRequestAttributeListenerRefusingN1sAttributeStillGetsTheRequestIdAndTheScopeClosed() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers") {

			@Override
			public void setAttribute(String name, Object value) {
				if (name.equals(N1RequestFilter.SCOPE_ATTRIBUTE)) {
					throw new IllegalArgumentException("attribute not allowed: " + name);
				}
				super.setAttribute(name, value);
			}

		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> this.tracker.record(StatementExecution.of("select 1")));
		assertThat(response.getHeader(N1RequestFilter.REQUEST_ID_HEADER)).isNotBlank();
		assertThat(this.tracker.current()).isNull();
		assertThat(this.reports).singleElement().satisfies((report) -> assertThat(report.queryCount()).isEqualTo(1));
	}

	@Test
	void exceptionInTheChainStillClosesAndUnbindsTheScope() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
		assertThatIllegalStateException().isThrownBy(() -> this.filter.doFilter(request,
				new MockHttpServletResponse(), (req, res) -> {
					this.tracker.record(StatementExecution.of("insert into orders values (1)"));
					throw new IllegalStateException("controller failed");
				}))
			.withMessage("controller failed");
		assertThat(this.tracker.current()).isNull();
		assertThat(this.reports).singleElement().satisfies((report) -> {
			assertThat(report.status()).isEqualTo(500);
			assertThat(report.uri()).isEqualTo("UNKNOWN");
			assertThat(report.queryCount()).isEqualTo(1);
		});
	}

	@Test
	void asyncRequestIsClosedByItsLastDispatchOnly() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/report");
		request.setAsyncSupported(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
			this.tracker.record(StatementExecution.of("select 1"));
			request.startAsync();
		});
		assertThat(this.tracker.current()).as("unbound from the container thread").isNull();
		assertThat(this.reports).as("not closed while async work runs").isEmpty();

		// as a container does it: the application dispatches, the dispatch runs, then the
		// request completes and the AsyncListeners hear of it
		((MockAsyncContext) request.getAsyncContext()).dispatch();
		request.setAsyncStarted(false);
		request.setDispatcherType(DispatcherType.ASYNC);
		this.filter.doFilter(request, response, (req, res) -> this.tracker.record(StatementExecution.of("select 2")));
		assertThat(this.tracker.current()).isNull();
		assertThat(this.reports).singleElement().extracting(ScopeReport::queryCount).isEqualTo(2);
		((MockAsyncContext) request.getAsyncContext()).complete();
		assertThat(this.reports).as("closed once").singleElement().extracting(ScopeReport::queryCount).isEqualTo(2);
	}

	@Test
	void anAsyncDispatchOvertakenByTheContainerEndingTheRequestLeavesNothingBound() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/report");
		request.setAsyncSupported(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> request.startAsync());
		((MockAsyncContext) request.getAsyncContext()).dispatch();
		request.setAsyncStarted(false);
		request.setDispatcherType(DispatcherType.ASYNC);
		ExecutorService container = Executors.newSingleThreadExecutor();
		try {
			this.filter.doFilter(request, response, (req, res) -> {
				this.tracker.record(StatementExecution.of("select 1"));
				// The container times the request out on one of its own threads meanwhile.
				try {
					container.submit(() -> ((MockAsyncContext) request.getAsyncContext()).complete()).get();
				}
				catch (InterruptedException | ExecutionException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		finally {
			container.shutdown();
		}
		assertThat(this.reports).as("closed by the container's listener").hasSize(1);
		assertThat(this.tracker.current()).as("left on the dispatch's thread").isNull();
	}

	@Test
	void reusedThreadStartsEveryRequestWithAFreshScope() throws Exception {
		for (int i = 0; i < 3; i++) {
			// the application's own exception, unchanged
			assertThatExceptionOfType(ServletException.class)
				.isThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/fail"),
						new MockHttpServletResponse(), (req, res) -> {
							throw new ServletException("fails");
						}))
				.withMessage("fails");
		}
		this.filter.doFilter(new MockHttpServletRequest("GET", "/ok"), new MockHttpServletResponse(),
				new MockFilterChain());
		assertThat(this.tracker.current()).isNull();
		assertThat(this.reports).hasSize(4).extracting(ScopeReport::id).doesNotHaveDuplicates();
	}

	@Test
	void scopeOpenedBeforeTheRequestIsRestoredAfterIt() throws Exception {
		try (QueryScope outer = this.tracker.open("outer")) {
			this.filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
					new MockFilterChain());
			assertThat(this.tracker.current()).isSameAs(outer);
		}
	}

}
