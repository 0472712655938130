package dev.n1query.overlay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.n1query.core.ReportHistory;
import dev.n1query.core.ScopeReport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the development panel under its path prefix ({@code /n1} by default): its
 * assets, the panel of a recorded request, a request's summary for the
 * background-requests list, and EXPLAIN by single-use token. Runs before N1's request
 * filter, so the panel's own requests are never tracked. A request is refused unless
 * <ol>
 * <li>it comes from an allowed client address, for an allowed {@code Host}
 * ({@link PanelClients}; else 404, the panel is not there for it);</li>
 * <li>a request for a report's data carries that report's page token in
 * {@value PageTokens#HEADER} (else 403), and an EXPLAIN also {@value #PANEL_HEADER};</li>
 * <li>the application's own security lets it through, and allows the requester the page
 * the report belongs to ({@link PanelAccess}; else its own answer, or 403).</li>
 * </ol>
 */
public class OverlayEndpointFilter extends HttpFilter {

	private static final long serialVersionUID = 1L;

	/** Header the panel's EXPLAIN requests carry: a cross-site form cannot set it. */
	public static final String PANEL_HEADER = "X-N1-Panel";

	private static final Map<String, String> ASSETS = Map.of("panel.js", "text/javascript", "panel.css", "text/css",
			"vendor/sql-formatter.min.js", "text/javascript", "vendor/highlight.min.js", "text/javascript");

	// The assets' bytes, read once (450 KB in all), instead of from the jar on every request.
	private static final Map<String, byte[]> ASSET_BYTES = readAssets();

	private final transient ReportHistory history;

	private final transient PanelRenderer renderer;

	private final transient ExplainService explain;

	private final transient PanelClients clients;

	private final transient PageTokens tokens;

	private final transient PanelAccess access;

	private final String basePath;

	/**
	 * Creates the filter.
	 * @param history where recorded requests are found
	 * @param renderer renders a request's panel
	 * @param explain runs EXPLAIN by token
	 * @param clients who may use the panel
	 * @param tokens checks the page tokens
	 * @param access the application's own access rules
	 * @param basePath the path prefix, such as {@code /n1}
	 */
	public OverlayEndpointFilter(ReportHistory history, PanelRenderer renderer, ExplainService explain,
			PanelClients clients, PageTokens tokens, PanelAccess access, String basePath) {
		this.history = history;
		this.renderer = renderer;
		this.explain = explain;
		this.clients = clients;
		this.tokens = tokens;
		this.access = access;
		this.basePath = basePath;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(this.basePath + "/")) {
			chain.doFilter(request, response);
			return;
		}
		if (!this.clients.isAllowed(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		String rest = path.substring(this.basePath.length() + 1);
		String method = request.getMethod();
		String pageToken = request.getHeader(PageTokens.HEADER);
		if (rest.startsWith("assets/") && method.equals("GET")) {
			this.access.guard(request, response, (req, res) -> asset(rest.substring("assets/".length()),
					(HttpServletResponse) res));
		}
		else if (rest.startsWith("requests/") && method.equals("GET")) {
			String idPart = rest.substring("requests/".length());
			boolean summary = idPart.endsWith("/summary");
			String id = summary ? idPart.substring(0, idPart.length() - "/summary".length()) : idPart;
			if (!this.tokens.matches(id, pageToken)) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
			this.access.guard(request, response,
					(req, res) -> request(id, summary, (HttpServletRequest) req, (HttpServletResponse) res));
		}
		else if (rest.startsWith("explain/") && method.equals("POST") && request.getHeader(PANEL_HEADER) != null) {
			if (pageToken == null) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
			String token = rest.substring("explain/".length());
			ExplainService.Ticket ticket = this.explain.ticket(token);
			if (ticket != null && !this.tokens.matches(ticket.reportId(), pageToken)) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
			this.access.guard(request, response,
					(req, res) -> explain(token, ticket, (HttpServletRequest) req, (HttpServletResponse) res));
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	private void asset(String name, HttpServletResponse response) throws IOException {
		byte[] bytes = ASSET_BYTES.get(name);
		if (bytes == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setContentType(ASSETS.get(name) + ";charset=UTF-8");
		response.setHeader("Cache-Control", "max-age=300");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private static Map<String, byte[]> readAssets() {
		Map<String, byte[]> bytes = new java.util.HashMap<>();
		for (String name : ASSETS.keySet()) {
			try (InputStream content = OverlayEndpointFilter.class.getClassLoader()
				.getResourceAsStream("META-INF/n1/assets/" + name)) {
				if (content != null) {
					bytes.put(name, content.readAllBytes());
				}
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException("N1 cannot read its panel asset " + name, ex);
			}
		}
		return Map.copyOf(bytes);
	}

	private void request(String id, boolean summary, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Optional<ScopeReport> report = this.history.find(id);
		if (report.isEmpty()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		ScopeReport found = report.get();
		if (!this.access.mayView(request, found.method(), found.path())) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		if (summary) {
			write(response, "application/json", Json.object(Map.of("id", found.id(), "name", found.name(),
					"queryCount", found.queryCount(), "queryTimeMs", found.queryTimeNanos() / 1_000_000.0,
					"nPlusOne", found.nPlusOne().size(), "duplicates", found.duplicates().size())));
		}
		else {
			write(response, "text/html", this.renderer.render(found));
		}
	}

	private void explain(String token, ExplainService.Ticket ticket, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (ticket != null && !this.access.mayView(request, ticket.method(), ticket.path())) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		ExplainService.Plan plan = this.explain.explain(token);
		if (plan.error() != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			write(response, "application/json", Json.object(Map.of("error", plan.error())));
			return;
		}
		write(response, "application/json", Json.object(Map.of("lines", plan.lines())));
	}

	private static void write(HttpServletResponse response, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setContentType(contentType + ";charset=UTF-8");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** Just enough JSON for the panel's small answers, safe to embed anywhere. */
	static final class Json {

		private Json() {
		}

		static String object(Map<String, ?> fields) {
			StringBuilder json = new StringBuilder("{");
			fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
				json.append((json.length() > 1) ? "," : "").append(string(entry.getKey())).append(':');
				value(json, entry.getValue());
			});
			return json.append('}').toString();
		}

		private static void value(StringBuilder json, Object value) {
			if (value instanceof Number || value instanceof Boolean) {
				json.append(value);
			}
			else if (value instanceof List<?> list) {
				json.append('[');
				for (int i = 0; i < list.size(); i++) {
					json.append((i > 0) ? "," : "");
					value(json, list.get(i));
				}
				json.append(']');
			}
			else {
				json.append(string(String.valueOf(value)));
			}
		}

		static String string(String text) {
			StringBuilder out = new StringBuilder(text.length() + 2).append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028'
						|| c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c));
				}
				else {
					out.append(c);
				}
			}
			return out.append('"').toString();
		}

	}

}
