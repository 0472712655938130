package dev.n1query.core;

import java.util.List;
import java.util.Locale;

/**
 * Findings the application accepts: by a fragment of the fingerprint, by a fragment of
 * the call site ({@code com.acme.legacy.}, {@code ReportJob.run}), or by the route
 * ({@code /admin/**}, an Ant-style pattern as Spring's {@code AntPathMatcher} reads it:
 * {@code *} within one path segment, {@code **} for any number of segments).
 *
 * @param queries fragments of fingerprints, matched case-insensitively
 * @param callSites fragments of call sites, matched against {@code com.acme.Class.method}
 * and against the short form {@code Class.method(Class.java:12)}
 * @param urls route patterns, matched against the route template and the path
 */
public record Safelist(List<String> queries, List<String> callSites, List<String> urls) {

	/** A safelist that accepts nothing. */
	public static final Safelist NONE = new Safelist(List.of(), List.of(), List.of());

	public Safelist {
		queries = queries.stream().map((query) -> query.toLowerCase(Locale.ROOT)).toList();
		callSites = List.copyOf(callSites);
		urls = List.copyOf(urls);
	}

	boolean acceptsQuery(String fingerprint) {
		String text = fingerprint.toLowerCase(Locale.ROOT);
		return this.queries.stream().anyMatch(text::contains);
	}

	boolean acceptsCallSite(CallSite callSite) {
		if (this.callSites.isEmpty()) {
			return false; // no strings to build
		}
		String qualified = callSite.isFrame() ? callSite.className() + "." + callSite.methodName() : "";
		String shortForm = callSite.toString();
		return this.callSites.stream().anyMatch((entry) -> qualified.contains(entry) || shortForm.contains(entry));
	}

	boolean acceptsUrl(String uri, String path) {
		return this.urls.stream()
			.anyMatch((pattern) -> (uri != null && matches(pattern, uri)) || (path != null && matches(pattern, path)));
	}

	/**
	 * Matches a path against an Ant-style pattern ({@code ?}, {@code *} within a segment,
	 * {@code **} for any number of segments), as Spring's {@code AntPathMatcher} does,
	 * in time bounded by the pattern's length times the path's.
	 * @param pattern the pattern, such as {@code /admin/**}
	 * @param path the path or route template
	 * @return whether the path matches
	 * @see UrlPattern
	 */
	public static boolean matches(String pattern, String path) {
		return UrlPattern.matches(pattern, path);
	}

}
