package dev.n1query.autoconfigure;

/**
 * Which clients get N1's response headers, {@code X-N1-Request-Id} and
 * {@code Server-Timing} (the request's database time and statement count).
 */
public enum ResponseHeaders {

	/**
	 * Clients allowed to see the development panel, whether it is on or not: loopback and
	 * {@code n1.overlay.allowed-addresses}, for a loopback host or one of
	 * {@code n1.overlay.allowed-hosts}.
	 */
	PANEL_CLIENTS,

	/** Every client. */
	ALL,

	/** No client. */
	NONE

}
