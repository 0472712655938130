package dev.n1query.web;

import dev.n1query.core.CallSite;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Tells the request's scope that the handler has returned and its return value is being
 * written ({@code writing the response for AuthorController.list}): called by Spring MVC
 * right before a message converter writes a response body, so the words "writing the
 * response" are used only for what ran while it was written.
 */
@ControllerAdvice
public class ResponseWritingActivityAdvice implements ResponseBodyAdvice<Object> {

	private final QueryTracker tracker;

	/**
	 * Creates the advice.
	 * @param tracker the tracker whose current scope is told
	 */
	public ResponseWritingActivityAdvice(QueryTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		QueryScope scope = this.tracker.analysedScope();
		if (scope != null) {
			CallSite handler = scope.activity();
			scope.swapActivity((handler != null && handler.className() != null)
					? handler.withTrigger(RenderingActivityInterceptor.WRITING_THE_RESPONSE)
					: CallSite.trigger(RenderingActivityInterceptor.WRITING_THE_RESPONSE));
		}
		return body;
	}

}
