package dev.n1query.overlay;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's own access rules, applied to the panel: a panel request runs through
 * them ({@link #guard}), and a report's data is served only to a requester allowed to
 * request the page it belongs to ({@link #mayView}). Without Spring Security there are no
 * such rules: {@link #OPEN}.
 */
public interface PanelAccess {

	/** No rules of the application's own: every request the panel accepted is served. */
	PanelAccess OPEN = new PanelAccess() {

		@Override
		public void guard(HttpServletRequest request, HttpServletResponse response, FilterChain panel)
				throws IOException, ServletException {
			panel.doFilter(request, response);
		}

		@Override
		public boolean mayView(HttpServletRequest request, String method, String path) {
			return true;
		}

	};

	/**
	 * Runs a panel request through the application's rules, then {@code panel} if they
	 * let it through; otherwise they answer it (401, 403, a redirect to the login page).
	 * @param request the panel request, already checked for client, host and token
	 * @param response its response
	 * @param panel serves the request
	 * @throws IOException on I/O failure
	 * @throws ServletException on failure of the rules or the panel
	 */
	void guard(HttpServletRequest request, HttpServletResponse response, FilterChain panel)
			throws IOException, ServletException;

	/**
	 * Whether the requester, as established by {@link #guard}, may request a page; called
	 * inside {@code panel}.
	 * @param request the panel request
	 * @param method the page's HTTP method
	 * @param path the page's path as received, with the context path; {@code null} when
	 * the report is not a page's
	 * @return whether the page's report may be shown
	 */
	boolean mayView(HttpServletRequest request, String method, String path);

}
