package dev.n1query.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which {@code Host} headers the development panel answers: the loopback names
 * ({@code localhost}, {@code *.localhost}, {@code 127.0.0.1} and the rest of
 * {@code 127.0.0.0/8}, {@code [::1]}), with any port, plus the names configured
 * ({@code devbox.example.test}, or {@code .example.test} for that domain and its
 * subdomains). A page served from another name that resolves to this machine (DNS
 * rebinding) sends that name as its {@code Host} and is refused.
 */
public final class AllowedHosts {

	private final List<String> exact;

	private final List<String> domains;

	/**
	 * Creates the allow-list.
	 * @param allowedHosts host names or IP literals, without port, besides the loopback
	 * names; a leading dot allows a domain and its subdomains
	 * @throws IllegalArgumentException when an entry is not a host name or IP literal
	 */
	public AllowedHosts(List<String> allowedHosts) {
		List<String> exact = new ArrayList<>();
		List<String> domains = new ArrayList<>();
		for (String entry : allowedHosts) {
			if (entry == null || entry.isBlank()) {
				continue;
			}
			String host = normalize(entry.strip());
			boolean domain = host.startsWith(".");
			String name = domain ? host.substring(1) : host;
			if (!isHostName(name) && IpLiteral.parse(name) == null) {
				throw new IllegalArgumentException("n1.overlay.allowed-hosts: '" + entry
						+ "' is not a host name or IP address (no scheme, port or path)");
			}
			(domain ? domains : exact).add(name);
		}
		this.exact = List.copyOf(exact);
		this.domains = List.copyOf(domains);
	}

	/**
	 * Whether a request's {@code Host} header is allowed.
	 * @param hostHeader the header's value, such as {@code localhost:8080} or
	 * {@code [::1]:8080}; {@code null} when the request has none
	 * @return whether it is allowed
	 */
	public boolean isAllowed(String hostHeader) {
		String host = hostWithoutPort(hostHeader);
		if (host == null) {
			return false;
		}
		if (host.equals("localhost") || host.endsWith(".localhost")) {
			return true; // browsers resolve these to loopback themselves (RFC 6761): never rebound
		}
		byte[] literal = IpLiteral.parse(host);
		if (literal != null && IpLiteral.isLoopback(literal)) {
			return true;
		}
		if (this.exact.contains(host)) {
			return true;
		}
		for (String domain : this.domains) {
			if (host.equals(domain) || host.endsWith("." + domain)) {
				return true;
			}
		}
		return false;
	}

	/** The host of a {@code Host} header, lower case, without port, brackets or final dot. */
	static String hostWithoutPort(String hostHeader) {
		if (hostHeader == null || hostHeader.isBlank() || hostHeader.length() > 255) {
			return null;
		}
		String value = hostHeader.strip();
		String host;
		if (value.startsWith("[")) {
			int end = value.indexOf(']');
			if (end < 0 || !isPortOrNothing(value, end + 1)) {
				return null;
			}
			host = value.substring(1, end);
			return (host.indexOf(':') >= 0 && IpLiteral.parse(host) != null) ? host.toLowerCase(Locale.ROOT) : null;
		}
		int colon = value.indexOf(':');
		if (colon >= 0 && !isPortOrNothing(value, colon)) {
			return null;
		}
		host = normalize((colon >= 0) ? value.substring(0, colon) : value);
		return (isHostName(host) || IpLiteral.parse(host) != null) ? host : null;
	}

	private static boolean isPortOrNothing(String value, int from) {
		if (from == value.length()) {
			return true;
		}
		if (value.charAt(from) != ':' || from + 1 == value.length() || value.length() - from - 1 > 5) {
			return false;
		}
		for (int i = from + 1; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static String normalize(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		return (lower.endsWith(".") && lower.length() > 1) ? lower.substring(0, lower.length() - 1) : lower;
	}

	/** Letters, digits, hyphens and dots: an ASCII host name (IDNs arrive in punycode). */
	private static boolean isHostName(String host) {
		if (host.isEmpty() || host.startsWith(".") || host.endsWith(".") || host.contains("..")) {
			return false;
		}
		for (int i = 0; i < host.length(); i++) {
			char c = host.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
				return false;
			}
		}
		return true;
	}

}
