package dev.n1query.overlay;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict IP literal parser: what it accepts matches the JDK, what it refuses is never resolved. */
class IpLiteralTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "0.0.0.0", "255.255.255.255", "10.200.3.4", "::1", "::", "0:0:0:0:0:0:0:1",
			"2001:db8::5", "2001:DB8:0:0:8:800:200C:417A", "fe80::1%eth0", "[::1]", "::ffff:127.0.0.1",
			"::ffff:7f00:1", "1::", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "64:ff9b::192.0.2.33" })
	void literalsParseToTheSameBytesAsTheJdk(String literal) throws Exception {
		String withoutZoneOrBrackets = literal.replaceAll("%.*", "").replace("[", "").replace("]", "");
		assertThat(IpLiteral.parse(literal)).isEqualTo(InetAddress.getByName(withoutZoneOrBrackets).getAddress());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "bad.cafe", "cafe", "beef", "dead.beef", "localhost", "example.com", "1.2.3",
			"1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", " 1.2.3.4", "1.2.3.-4", "1..2.3", "+1.2.3.4", "0x7f.0.0.1",
			"2130706433", ":1", "1:::2", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::1", "g::1",
			"::1%", "::1%bad zone", "1.2.3.4::", "::1.2.3.4:5", "[::1", "::1]", "١٢٧.0.0.1", "::١" })
	void anythingElseIsRefused(String text) {
		assertThat(IpLiteral.parse(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.255.0.9", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1" })
	void loopback(String literal) {
		assertThat(IpLiteral.isLoopback(IpLiteral.parse(literal))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "128.0.0.1", "::2", "::", "10.0.0.1", "fe80::1" })
	void notLoopback(String literal) {
		assertThat(IpLiteral.isLoopback(IpLiteral.parse(literal))).isFalse();
	}

}
