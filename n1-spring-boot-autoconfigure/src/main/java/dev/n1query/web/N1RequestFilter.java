package dev.n1query.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Opens a {@link QueryScope} for each HTTP request, binds it to the request's thread for
 * the initial and every async dispatch, and closes it when the request completes, also
 * when it fails. Sets {@value #REQUEST_ID_HEADER} before the body is written, and
 * {@code Server-Timing} with the database time where the response is not committed yet,
 * on the responses to the requests its header policy selects.
 */
public class N1RequestFilter extends OncePerRequestFilter {

	/** The response header carrying the scope's id. */
	public static final String REQUEST_ID_HEADER = "X-N1-Request-Id";

	/** The request attribute holding the request's scope. */
	public static final String SCOPE_ATTRIBUTE = N1RequestFilter.class.getName() + ".scope";

	private static final String ASYNC_COMPLETION_ATTRIBUTE = N1RequestFilter.class.getName() + ".asyncCompletion";

	private final QueryTracker tracker;

	private final List<RequestReportObserver> observers;

	private final Predicate<HttpServletRequest> sendsHeaders;

	private volatile String alreadyFilteredAttributeName;

	/**
	 * Creates the filter.
	 * @param tracker the tracker scopes are opened with
	 * @param observers told about each request's report
	 * @param sendsHeaders which requests get {@value #REQUEST_ID_HEADER} and
	 * {@code Server-Timing} on their response
	 */
	public N1RequestFilter(QueryTracker tracker, List<RequestReportObserver> observers,
			Predicate<HttpServletRequest> sendsHeaders) {
		this.tracker = tracker;
		this.observers = List.copyOf(observers);
		this.sendsHeaders = sendsHeaders;
	}

	/**
	 * Creates the filter, sending its headers to every client.
	 * @param tracker the tracker scopes are opened with
	 * @param observers told about each request's report
	 */
	public N1RequestFilter(QueryTracker tracker, List<RequestReportObserver> observers) {
		this(tracker, observers, (request) -> true);
	}

	/**
	 * Creates the filter without observers, sending its headers to every client.
	 * @param tracker the tracker scopes are opened with
	 */
	public N1RequestFilter(QueryTracker tracker) {
		this(tracker, List.of());
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	// OncePerRequestFilter asks for it on every request and builds it anew each time; it is
	// kept once the filter has its name (from init on).
	@Override
	protected String getAlreadyFilteredAttributeName() {
		String name = this.alreadyFilteredAttributeName;
		if (name == null) {
			name = super.getAlreadyFilteredAttributeName();
			if (getFilterConfig() != null) {
				this.alreadyFilteredAttributeName = name;
			}
		}
		return name;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		QueryScope scope = (QueryScope) request.getAttribute(SCOPE_ATTRIBUTE);
		AsyncCompletion asyncCompletion = (AsyncCompletion) request.getAttribute(ASYNC_COMPLETION_ATTRIBUTE);
		if ((scope == null || (asyncCompletion != null && asyncCompletion.isDone())) && isAsyncDispatch(request)) {
			chain.doFilter(request, response); // started before N1 was there, or already ended
			return;
		}
		boolean headers = sendsHeaders(request);
		boolean opened = scope == null;
		if (opened) {
			scope = this.tracker.open(ScopeKind.REQUEST, request.getMethod() + " " + request.getRequestURI());
		}
		else {
			this.tracker.attach(scope);
		}
		// From here on the scope is bound: the finally below closes or detaches it.
		ServerTimingResponse timedResponse = null;
		Throwable failure = null;
		try {
			if (opened) {
				rememberScope(request, response, scope, headers);
			}
			timedResponse = headers ? new ServerTimingResponse(response, scope) : null;
			chain.doFilter(request, (timedResponse != null) ? timedResponse : response);
		}
		catch (IOException | ServletException | RuntimeException | Error ex) {
			failure = ex;
			throw ex;
		}
		finally {
			if (failure == null && request.isAsyncStarted()) {
				this.tracker.detach(scope); // completed by a later async dispatch, or when the container ends it
				if (asyncCompletion == null) {
					listenForAsyncEnd(request, response, scope);
				}
			}
			else if (asyncCompletion == null || asyncCompletion.claim()) {
				if (timedResponse != null) {
					timedResponse.beforeCommit();
				}
				complete(scope, request, response, failure);
			}
			else {
				this.tracker.detach(scope); // the container's async listener ended it first
			}
		}
	}

	// For the request's async dispatches, and its id for the client. A request attribute
	// listener or a response wrapper of the application's may refuse: the request goes on.
	private static void rememberScope(HttpServletRequest request, HttpServletResponse response, QueryScope scope,
			boolean headers) {
		try {
			request.setAttribute(SCOPE_ATTRIBUTE, scope);
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("setting N1's request attribute", ex);
		}
		try {
			if (headers) {
				response.setHeader(REQUEST_ID_HEADER, scope.id());
			}
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("setting N1's request id header", ex);
		}
	}

	private boolean sendsHeaders(HttpServletRequest request) {
		try {
			return this.sendsHeaders.test(request);
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("deciding on N1's response headers", ex);
			return false;
		}
	}

	// Async requests can end without a final dispatch; the container's AsyncListener
	// events then close the scope, once.
	private void listenForAsyncEnd(HttpServletRequest request, HttpServletResponse response, QueryScope scope) {
		try {
			AsyncCompletion completion = new AsyncCompletion(request, response,
					(endedRequest, endedResponse, failure) -> complete(scope, endedRequest, endedResponse, failure));
			request.getAsyncContext().addListener(completion);
			request.setAttribute(ASYNC_COMPLETION_ATTRIBUTE, completion);
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("listening for the end of an async request", ex);
		}
	}

	private void complete(QueryScope scope, HttpServletRequest request, HttpServletResponse response,
			Throwable failure) {
		try {
			int status = (failure != null && response.getStatus() < 400) ? 500 : response.getStatus();
			scope.describeRequest(request.getMethod(), RouteTemplates.of(request, status), request.getRequestURI(),
					status);
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("describing a request", ex);
		}
		finally {
			try {
				closeWithoutMasking(scope, failure); // also unbinds it, restoring any enclosing scope
			}
			finally {
				notifyObservers(request, scope.report());
			}
		}
	}

	private void notifyObservers(HttpServletRequest request, ScopeReport report) {
		if (report == null) {
			return;
		}
		for (RequestReportObserver observer : this.observers) {
			try {
				observer.onRequestReport(request, report);
			}
			catch (RuntimeException | LinkageError ex) {
				N1Failures.swallow("request report observer " + observer.getClass().getName(), ex);
			}
		}
	}

	// In fail mode closing throws; never let that hide the request's own exception.
	private static void closeWithoutMasking(QueryScope scope, Throwable failure) {
		try {
			scope.close();
		}
		catch (RuntimeException ex) {
			if (failure == null) {
				throw ex;
			}
			failure.addSuppressed(ex);
		}
	}

	/** Route templates for reports and tags: never a raw URL. */
	static final class RouteTemplates {

		private RouteTemplates() {
		}

		static String of(HttpServletRequest request, int status) {
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			if (pattern instanceof String template && !template.isEmpty()) {
				return template;
			}
			if (status >= 300 && status < 400) {
				return "REDIRECTION";
			}
			if (status == 404) {
				return "NOT_FOUND";
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return (path.isEmpty() || path.equals("/")) ? "root" : "UNKNOWN";
		}

	}

}
