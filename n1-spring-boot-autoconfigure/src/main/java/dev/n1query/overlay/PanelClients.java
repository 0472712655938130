package dev.n1query.overlay;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which requests may see the development panel and N1's response headers: those from an
 * allowed client address ({@link ClientAddresses}) that name an allowed host in their
 * {@code Host} header ({@link AllowedHosts}). The {@code Host} header is read as the
 * browser sent it, never from {@code X-Forwarded-Host}, which a rebinding page can set.
 */
public final class PanelClients {

	private static final Logger logger = LoggerFactory.getLogger(PanelClients.class);

	private final ClientAddresses addresses;

	private final AllowedHosts hosts;

	private final AtomicBoolean hostRefusalLogged = new AtomicBoolean();

	// Asked on every request (N1's headers follow this policy). The last client allowed (a
	// developer's browser, a load test on loopback) keeps its address and Host from one request
	// to the next, so that answer is kept. Refusals are not: an instance serving many remote
	// clients would otherwise write this shared field on every request.
	private volatile Decision lastAllowed;

	/**
	 * Creates the policy.
	 * @param addresses allowed client addresses
	 * @param hosts allowed {@code Host} headers
	 */
	public PanelClients(ClientAddresses addresses, AllowedHosts hosts) {
		this.addresses = addresses;
		this.hosts = hosts;
	}

	/**
	 * Whether the request comes from an allowed client, for an allowed host.
	 * @param request the request
	 * @return whether it may see the panel
	 */
	public boolean isAllowed(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		Decision allowedBefore = this.lastAllowed;
		boolean sameAddress = allowedBefore != null && Objects.equals(allowedBefore.address, address);
		// Most requests of an instance in production come from other clients: refused on their
		// address alone, without reading the Host header.
		if (!sameAddress && !this.addresses.isAllowed(address)) {
			return false;
		}
		String header = request.getHeader("Host");
		String host = (header != null) ? header : request.getServerName();
		if (sameAddress && Objects.equals(allowedBefore.host, host)) {
			return true;
		}
		boolean allowed = isAllowedHost(host);
		if (allowed) {
			this.lastAllowed = new Decision(address, host);
		}
		return allowed;
	}

	private boolean isAllowedHost(String host) {
		if (this.hosts.isAllowed(host)) {
			return true;
		}
		if (this.hostRefusalLogged.compareAndSet(false, true)) {
			logger.info("N1 refused its panel and headers to an allowed client address for a Host that is not "
					+ "allowed (possible DNS rebinding). If this host is yours, add it to n1.overlay.allowed-hosts.");
		}
		return false;
	}

	private record Decision(String address, String host) {
	}

}
