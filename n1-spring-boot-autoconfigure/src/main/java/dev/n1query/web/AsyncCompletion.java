package dev.n1query.web;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerMapping;

/**
 * Ends an async request's scope exactly once: by its last async dispatch, or, when the
 * request ends without one (completed from another thread, timed out, failed), when the
 * container reports it complete. The container calls {@code onComplete} after a timeout
 * or an error too, so that is where the scope is closed; a timeout or an error closes
 * nothing itself, since the application may still dispatch, and an error is kept as the
 * request's failure.
 */
final class AsyncCompletion implements AsyncListener {

	/** Closes a request's scope and hands its report on. */
	@FunctionalInterface
	interface Completer {

		void complete(HttpServletRequest request, HttpServletResponse response, Throwable failure);

	}

	private final AtomicBoolean done = new AtomicBoolean();

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final Completer completer;

	// The handler's route: an error dispatch after a timeout would replace it with /error.
	private final Object route;

	private volatile Throwable failure;

	AsyncCompletion(HttpServletRequest request, HttpServletResponse response, Completer completer) {
		this.request = request;
		this.response = response;
		this.completer = completer;
		this.route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
	}

	/**
	 * Claims the completion of the request.
	 * @return whether the caller is the one to complete it
	 */
	boolean claim() {
		return this.done.compareAndSet(false, true);
	}

	/** Whether the request's scope has been completed. */
	boolean isDone() {
		return this.done.get();
	}

	@Override
	public void onComplete(AsyncEvent event) {
		if (claim()) {
			if (this.route != null) {
				this.request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, this.route);
			}
			this.completer.complete(this.request, this.response, this.failure);
		}
	}

	// The container (500) or the application's own listener answers a timeout, and
	// onComplete follows: the report then carries the status actually sent.
	@Override
	public void onTimeout(AsyncEvent event) {
	}

	@Override
	public void onError(AsyncEvent event) {
		Throwable cause = event.getThrowable();
		this.failure = (cause != null) ? cause : new AsyncRequestFailed();
	}

	// A new async cycle (the application started async again in a dispatch): keep listening.
	@Override
	public void onStartAsync(AsyncEvent event) {
		event.getAsyncContext().addListener(this, event.getSuppliedRequest(), event.getSuppliedResponse());
	}

	/** Marks a request whose async processing failed without saying why. */
	static final class AsyncRequestFailed extends RuntimeException {

		AsyncRequestFailed() {
			super("async request failed", null, false, false);
		}

	}

}
