package dev.n1query.overlay;

import java.util.ArrayList;
import java.util.List;

/**
 * Which clients may see the development panel: loopback always, plus the addresses and
 * CIDR ranges configured ({@code 192.168.1.20}, {@code 10.0.0.0/8}, {@code ::1}). The
 * client address is the servlet's remote address, so {@code X-Forwarded-For} counts only
 * when the application itself trusts forwarded headers ({@code server.forward-headers-strategy}).
 * Addresses are read as IP literals only ({@link IpLiteral}): a host name is refused and
 * never resolved.
 */
public final class ClientAddresses {

	private final List<Range> allowed;

	/**
	 * Creates the policy.
	 * @param allowedAddresses addresses or CIDR ranges allowed besides loopback
	 * @throws IllegalArgumentException when an entry is not an IP address or range
	 */
	public ClientAddresses(List<String> allowedAddresses) {
		List<Range> ranges = new ArrayList<>();
		for (String entry : allowedAddresses) {
			if (entry != null && !entry.isBlank()) {
				ranges.add(Range.parse(entry.strip()));
			}
		}
		this.allowed = List.copyOf(ranges);
	}

	/**
	 * Whether the client may see the panel.
	 * @param remoteAddress the client's IP address as text
	 * @return whether it is allowed
	 */
	public boolean isAllowed(String remoteAddress) {
		byte[] address = IpLiteral.parse(remoteAddress);
		if (address == null) {
			return false;
		}
		if (IpLiteral.isLoopback(address)) {
			return true;
		}
		for (Range range : this.allowed) {
			if (range.contains(address)) {
				return true;
			}
		}
		return false;
	}

	private record Range(byte[] network, int prefix) {

		static Range parse(String entry) {
			int slash = entry.indexOf('/');
			byte[] address = IpLiteral.parse((slash < 0) ? entry : entry.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException(
						"n1.overlay.allowed-addresses: '" + entry + "' is not an IP address or CIDR range");
			}
			int bits = address.length * 8;
			int prefix = bits;
			if (slash >= 0) {
				try {
					prefix = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					prefix = -1;
				}
				if (prefix < 0 || prefix > bits) {
					throw new IllegalArgumentException(
							"n1.overlay.allowed-addresses: '" + entry + "' has an invalid prefix length");
				}
			}
			return new Range(address, prefix);
		}

		boolean contains(byte[] candidate) {
			if (candidate.length != this.network.length) {
				return false;
			}
			int fullBytes = this.prefix / 8;
			for (int i = 0; i < fullBytes; i++) {
				if (candidate[i] != this.network[i]) {
					return false;
				}
			}
			int remainingBits = this.prefix % 8;
			if (remainingBits == 0) {
				return true;
			}
			int mask = (0xFF << (8 - remainingBits)) & 0xFF;
			return (candidate[fullBytes] & mask) == (this.network[fullBytes] & mask);
		}

	}

}
