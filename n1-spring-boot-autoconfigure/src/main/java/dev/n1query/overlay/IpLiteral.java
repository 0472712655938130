package dev.n1query.overlay;

/**
 * A strict parser of IP address literals: dotted-quad IPv4 ({@code 192.168.1.20}, no
 * leading zeros) and RFC 4291 IPv6 ({@code ::1}, {@code 2001:db8::5},
 * {@code ::ffff:127.0.0.1}, optionally in brackets and with a zone id). Anything else,
 * host names included, is refused without ever being looked up: unlike
 * {@link java.net.InetAddress#getByName(String)}, nothing here can reach a resolver.
 */
final class IpLiteral {

	private IpLiteral() {
	}

	/**
	 * Parses a literal.
	 * @param text the text, may be {@code null}
	 * @return the address's bytes (4 for IPv4 and IPv4-mapped IPv6, 16 for IPv6), or
	 * {@code null} when the text is not an IP literal
	 */
	static byte[] parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 64) {
			return null;
		}
		if (text.indexOf(':') < 0) {
			return ipv4(text, 0, text.length());
		}
		String address = text;
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		int zone = address.indexOf('%');
		if (zone >= 0) {
			if (!isZoneId(address, zone + 1)) {
				return null;
			}
			address = address.substring(0, zone);
		}
		byte[] bytes = ipv6(address);
		return (bytes != null && isIpv4Mapped(bytes)) ? java.util.Arrays.copyOfRange(bytes, 12, 16) : bytes;
	}

	/** Whether the address is a loopback address: {@code 127.0.0.0/8} or {@code ::1}. */
	static boolean isLoopback(byte[] address) {
		if (address.length == 4) {
			return address[0] == 127;
		}
		for (int i = 0; i < 15; i++) {
			if (address[i] != 0) {
				return false;
			}
		}
		return address[15] == 1;
	}

	private static byte[] ipv4(String text, int start, int end) {
		byte[] bytes = new byte[4];
		int part = 0;
		int position = start;
		while (part < 4) {
			int digitsEnd = position;
			while (digitsEnd < end && digitsEnd - position < 4 && isDigit(text.charAt(digitsEnd))) {
				digitsEnd++;
			}
			int length = digitsEnd - position;
			if (length == 0 || length > 3 || (length > 1 && text.charAt(position) == '0')) {
				return null; // empty, too long, or a leading zero some parsers read as octal
			}
			int value = Integer.parseInt(text, position, digitsEnd, 10);
			if (value > 255) {
				return null;
			}
			bytes[part++] = (byte) value;
			if (part < 4) {
				if (digitsEnd >= end || text.charAt(digitsEnd) != '.') {
					return null;
				}
				position = digitsEnd + 1;
			}
			else if (digitsEnd != end) {
				return null;
			}
		}
		return bytes;
	}

	private static byte[] ipv6(String text) {
		int compression = text.indexOf("::");
		if (compression >= 0 && text.indexOf("::", compression + 1) >= 0) {
			return null;
		}
		String head = (compression >= 0) ? text.substring(0, compression) : text;
		String tail = (compression >= 0) ? text.substring(compression + 2) : "";
		int[] headGroups = groups(head, compression < 0 || tail.isEmpty());
		int[] tailGroups = groups(tail, true);
		if (headGroups == null || tailGroups == null) {
			return null;
		}
		if (compression >= 0 && (headGroups.length > 0 && hasIpv4(headGroups))) {
			return null; // an IPv4 part is only allowed at the very end
		}
		int count = headGroups.length + tailGroups.length;
		if ((compression < 0 && count != 8) || (compression >= 0 && count > 7)) {
			return null;
		}
		byte[] bytes = new byte[16];
		for (int i = 0; i < headGroups.length; i++) {
			put(bytes, i, headGroups[i]);
		}
		for (int i = 0; i < tailGroups.length; i++) {
			put(bytes, 8 - tailGroups.length + i, tailGroups[i]);
		}
		return bytes;
	}

	// Marker for the second half of an embedded IPv4 part, so it is found again above.
	private static final int IPV4_LOW = 1 << 20;

	/**
	 * The 16-bit groups of one side of an IPv6 literal; an IPv4 part, allowed last when
	 * {@code ipv4Allowed}, counts as two groups.
	 */
	private static int[] groups(String text, boolean ipv4Allowed) {
		if (text.isEmpty()) {
			return new int[0];
		}
		String[] parts = text.split(":", -1);
		int count = parts.length;
		String last = parts[parts.length - 1];
		boolean ipv4 = last.indexOf('.') >= 0;
		if (ipv4 && !ipv4Allowed) {
			return null;
		}
		int[] groups = new int[ipv4 ? count + 1 : count];
		for (int i = 0; i < count - (ipv4 ? 1 : 0); i++) {
			String part = parts[i];
			if (part.isEmpty() || part.length() > 4) {
				return null;
			}
			int value = 0;
			for (int c = 0; c < part.length(); c++) {
				int digit = Character.digit(part.charAt(c), 16);
				if (digit < 0 || part.charAt(c) > 'f') {
					return null; // Character.digit accepts non-ASCII digits too
				}
				value = (value << 4) | digit;
			}
			groups[i] = value;
		}
		if (ipv4) {
			byte[] v4 = ipv4(last, 0, last.length());
			if (v4 == null) {
				return null;
			}
			groups[count - 1] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
			groups[count] = IPV4_LOW | ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
		}
		return groups;
	}

	private static boolean hasIpv4(int[] groups) {
		return (groups[groups.length - 1] & IPV4_LOW) != 0;
	}

	private static void put(byte[] bytes, int group, int value) {
		bytes[group * 2] = (byte) ((value >> 8) & 0xFF);
		bytes[group * 2 + 1] = (byte) (value & 0xFF);
	}

	private static boolean isIpv4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
	}

	private static boolean isZoneId(String text, int start) {
		if (start >= text.length()) {
			return false;
		}
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '_' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
