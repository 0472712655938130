package dev.n1query.overlay;

import java.io.IOException;
import java.util.function.Supplier;

import dev.n1query.core.N1Failures;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The application's Spring Security rules, applied to the panel. A panel request runs
 * through the application's own security filter chain ({@code springSecurityFilterChain})
 * as any of its URLs would: authentication, its rules for the panel's path, its error
 * handling. Inside, a report is shown only if the application's
 * {@link WebInvocationPrivilegeEvaluator} allows the requester the report's page (method
 * and path). CSRF checking is skipped for panel requests: they already carry the page
 * token in a custom header, which a cross-site request can neither know nor send.
 */
public final class SpringSecurityPanelAccess implements PanelAccess {

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("n1", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final Supplier<Filter> securityFilterChain;

	private final Supplier<WebInvocationPrivilegeEvaluator> privileges;

	/**
	 * Creates the access rules.
	 * @param securityFilterChain the application's security filter, {@code null} when it
	 * has none
	 * @param privileges the application's privilege evaluator, {@code null} when it has
	 * none
	 */
	public SpringSecurityPanelAccess(Supplier<Filter> securityFilterChain,
			Supplier<WebInvocationPrivilegeEvaluator> privileges) {
		this.securityFilterChain = securityFilterChain;
		this.privileges = privileges;
	}

	@Override
	public void guard(HttpServletRequest request, HttpServletResponse response, FilterChain panel)
			throws IOException, ServletException {
		Filter security = this.securityFilterChain.get();
		if (security == null) {
			panel.doFilter(request, response);
			return;
		}
		CsrfFilter.skipRequest(request);
		security.doFilter(request, response, panel);
	}

	@Override
	public boolean mayView(HttpServletRequest request, String method, String path) {
		WebInvocationPrivilegeEvaluator evaluator = this.privileges.get();
		if (evaluator == null) {
			return this.securityFilterChain.get() == null; // rules without an evaluator: show nothing
		}
		if (method == null || path == null) {
			return false; // not a page: nothing to check it against
		}
		String contextPath = request.getContextPath();
		String uri = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		try {
			return evaluator.isAllowed(contextPath, uri.isEmpty() ? "/" : uri, method,
					(authentication != null) ? authentication : ANONYMOUS);
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("checking the panel against the application's security rules", ex);
			return false;
		}
	}

}
