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
 * Serves the development panel under its path prefix ({@code /n1} by default), to
 * allowed clients only (others get a 404): its assets, the panel of a recorded request,
 * a request's summary for the background-requests list, and EXPLAIN by single-use token.
 * Runs before N1's request filter, so the panel's own requests are never tracked.
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

	private final transient ClientAddresses clients;

	private final String basePath;

	/**
	 * Creates the filter.
	 * @param history where recorded requests are found
	 * @param renderer renders a request's panel
	 * @param explain runs EXPLAIN by token
	 * @param clients who may use the panel
	 * @param basePath the path prefix, such as {@code /n1}
	 */
	public OverlayEndpointFilter(ReportHistory history, PanelRenderer renderer, ExplainService explain,
			ClientAddresses clients, String basePath) {
		this.history = history;
		this.renderer = renderer;
		this.explain = explain;
		this.clients = clients;
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
		if (!this.clients.isAllowed(request.getRemoteAddr())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		String rest = path.substring(this.basePath.length() + 1);
		String method = request.getMethod();
		if (rest.startsWith("assets/") && method.equals("GET")) {
			asset(rest.substring("assets/".length()), response);
		}
		else if (rest.startsWith("requests/") && method.equals("GET")) {
			request(rest.substring("requests/".length()), response);
		}
		else if (rest.startsWith("explain/") && method.equals("POST") && request.getHeader(PANEL_HEADER) != null) {
			explain(rest.substring("explain/".length()), response);
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

	private void request(String rest, HttpServletResponse response) throws IOException {
		boolean summary = rest.endsWith("/summary");
		String id = summary ? rest.substring(0, rest.length() - "/summary".length()) : rest;
		Optional<ScopeReport> report = this.history.find(id);
		if (report.isEmpty()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (summary) {
			ScopeReport found = report.get();
			write(response, "application/json", Json.object(Map.of("id", found.id(), "name", found.name(),
					"queryCount", found.queryCount(), "queryTimeMs", found.queryTimeNanos() / 1_000_000.0,
					"nPlusOne", found.nPlusOne().size(), "duplicates", found.duplicates().size())));
		}
		else {
			write(response, "text/html", this.renderer.render(report.get()));
		}
	}

	private void explain(String token, HttpServletResponse response) throws IOException {
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
