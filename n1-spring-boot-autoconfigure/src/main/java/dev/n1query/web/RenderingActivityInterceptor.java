package dev.n1query.web;

import dev.n1query.core.CallSite;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the request's scope what Spring MVC is doing, so that statements issued where no
 * application frame is on the stack are attributed to something a developer recognises:
 * the handler running ({@code handling the request for CustomerController.list}), or the
 * view being rendered for it ({@code rendering view "customers" for
 * CustomerController.list}). {@link ResponseWritingActivityAdvice} says when a response
 * body is written.
 */
public class RenderingActivityInterceptor implements HandlerInterceptor {

	static final String HANDLING_THE_REQUEST = "handling the request";

	static final String WRITING_THE_RESPONSE = "writing the response";

	private final QueryTracker tracker;

	/**
	 * Creates the interceptor.
	 * @param tracker the tracker whose current scope is described
	 */
	public RenderingActivityInterceptor(QueryTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Only for controllers: asking whether a sampled request is analysed decides it, and
		// static resources must take nothing from the sampler's allowance.
		if (handler instanceof HandlerMethod method) {
			QueryScope scope = this.tracker.analysedScope();
			if (scope != null) {
				scope.swapActivity(CallSite.trigger(HANDLING_THE_REQUEST, method.getBeanType().getName(),
						method.getMethod().getName()));
			}
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null) {
			return;
		}
		QueryScope scope = this.tracker.analysedScope();
		if (scope != null) {
			String description = "rendering view \"" + modelAndView.getViewName() + "\"";
			CallSite handlerActivity = scope.activity();
			scope.swapActivity((handlerActivity != null) ? handlerActivity.withTrigger(description)
					: CallSite.trigger(description));
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		QueryScope scope = this.tracker.current(); // any scope: clearing costs nothing and decides nothing
		if (scope != null) {
			scope.swapActivity(null);
			scope.swapActivityDetail(null); // a template that failed did not end
		}
	}

}
