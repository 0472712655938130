package dev.n1query.overlay;

import dev.n1query.web.N1RequestFilter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Adds the report's page token ({@value PageTokens#HEADER}) wherever N1's request filter
 * sets {@code X-N1-Request-Id}, so the panel of a page can show the requests the page
 * makes in the background. Used for clients allowed to see the panel only; a response
 * without the request id (see {@code n1.web.response-headers}) gets no token either.
 */
final class TokenHeaderResponse extends HttpServletResponseWrapper {

	private final PageTokens tokens;

	TokenHeaderResponse(HttpServletResponse response, PageTokens tokens) {
		super(response);
		this.tokens = tokens;
	}

	@Override
	public void setHeader(String name, String value) {
		super.setHeader(name, value);
		if (N1RequestFilter.REQUEST_ID_HEADER.equalsIgnoreCase(name) && value != null) {
			super.setHeader(PageTokens.HEADER, this.tokens.issue(value));
		}
	}

	@Override
	public void addHeader(String name, String value) {
		super.addHeader(name, value);
		if (N1RequestFilter.REQUEST_ID_HEADER.equalsIgnoreCase(name) && value != null) {
			super.setHeader(PageTokens.HEADER, this.tokens.issue(value));
		}
	}

}
