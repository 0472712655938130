package dev.n1query.overlay;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.ScopeReport;
import dev.n1query.web.N1RequestFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws the development panel's badge on HTML pages: holds back {@code text/html}
 * bodies (see {@link HtmlInjectingResponse}), then inserts the panel's root element and
 * its script before {@code </body>}, with the page's statement count, time and findings.
 * Runs around N1's request filter, so the request's scope is closed and analysed when the
 * page is finished: the badge shows the same report as the panel, analysed once. Answers
 * allowed clients only ({@link PanelClients}), and gives the page its report's token
 * ({@link PageTokens}), which every panel request for the report's data must send back.
 */
public class OverlayInjectionFilter extends OncePerRequestFilter {

	private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

	private final PanelClients clients;

	private final PageTokens tokens;

	private final String basePath;

	/**
	 * Creates the filter.
	 * @param clients who may see the panel
	 * @param tokens the reports' page tokens
	 * @param basePath the panel's path prefix, such as {@code /n1}
	 */
	public OverlayInjectionFilter(PanelClients clients, PageTokens tokens, String basePath) {
		this.clients = clients;
		this.tokens = tokens;
		this.basePath = basePath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(this.basePath + "/") || "HEAD".equalsIgnoreCase(request.getMethod())
				|| !this.clients.isAllowed(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HtmlInjectingResponse held = new HtmlInjectingResponse(request, new TokenHeaderResponse(response, this.tokens));
		try {
			chain.doFilter(request, held);
		}
		catch (IOException | ServletException | RuntimeException | Error ex) {
			held.passThrough();
			throw ex;
		}
		if (request.isAsyncStarted()) {
			held.passThrough();
			return;
		}
		held.finish(held.isCapturing() ? snippet(request, response) : null);
	}

	private String snippet(HttpServletRequest request, HttpServletResponse response) {
		try {
			ScopeReport report = (request.getAttribute(N1RequestFilter.SCOPE_ATTRIBUTE) instanceof QueryScope scope)
					? scope.report() : null;
			if (report == null) {
				return null; // not tracked by N1, or its analysis failed
			}
			String base = HtmlUtils.htmlEscape(request.getContextPath() + this.basePath);
			String nonce = nonce(response);
			return "<div id=\"n1-panel\" data-n1-id=\"" + HtmlUtils.htmlEscape(report.id()) + "\" data-n1-token=\""
					+ HtmlUtils.htmlEscape(this.tokens.issue(report.id())) + "\" data-n1-base=\"" + base
					+ "\" data-n1-queries=\"" + report.queryCount() + "\" data-n1-time=\""
					+ String.format(Locale.ROOT, "%.1f", report.queryTimeNanos() / 1_000_000.0)
					+ "\" data-n1-nplusone=\"" + report.nPlusOne().size() + "\" data-n1-duplicates=\""
					+ report.duplicates().size() + "\"></div><script src=\"" + base + "/assets/panel.js\" defer"
					+ ((nonce != null) ? " nonce=\"" + HtmlUtils.htmlEscape(nonce) + "\"" : "") + "></script>";
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("rendering the panel snippet", ex);
			return null;
		}
	}

	/** The page's script nonce, when its Content-Security-Policy uses one. */
	static String nonce(HttpServletResponse response) {
		String policy = response.getHeader("Content-Security-Policy");
		if (policy == null) {
			return null;
		}
		Matcher matcher = NONCE.matcher(policy);
		return matcher.find() ? matcher.group(1) : null;
	}

}
