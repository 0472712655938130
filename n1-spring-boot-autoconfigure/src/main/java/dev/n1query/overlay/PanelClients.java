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
		String header = request.getHeader("Host");
		String host = (header != null) ? header : request.getServerName();
		Decision allowedBefore = this.lastAllowed;
		if (allowedBefore != null && allowedBefore.isFor(address, host)) {
			return true;
		}
		boolean allowed = decide(address, host);
		if (allowed) {
			this.lastAllowed = new Decision(address, host);
		}
		return allowed;
	}

	private boolean decide(String address, String host) {
		if (!this.addresses.isAllowed(address)) {
			return false;
		}
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

		boolean isFor(String address, String host) {
			return Objects.equals(this.address, address) && Objects.equals(this.host, host);
		}

	}

}
