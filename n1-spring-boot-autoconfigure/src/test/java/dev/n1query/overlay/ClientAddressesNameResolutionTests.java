package dev.n1query.overlay;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Host names are never resolved, even when they look like hex and a resolver would point
 * them at loopback. Runs in its own JVM whose resolver reads
 * {@code src/test/resources/name-resolution/hosts} ({@code jdk.net.hosts.file}), which maps
 * {@code bad.cafe} to 127.0.0.1, as an attacker's hosts or DNS entry would.
 */
class ClientAddressesNameResolutionTests {

	@BeforeAll
	static void resolverPointsTheNamesAtLoopback() throws Exception {
		// Run by -Dtest in the default JVM, without the hosts file, it proves nothing: skipped.
		Assumptions.assumeTrue(System.getProperty("jdk.net.hosts.file") != null,
				"runs in the surefire execution 'name-resolution'");
		assertThat(InetAddress.getByName("bad.cafe").isLoopbackAddress()).as("the test's hosts file is in use")
			.isTrue();
	}

	@Test
	void hostnameShapedRemoteAddressIsRefused() {
		ClientAddresses clients = new ClientAddresses(List.of());
		assertThat(clients.isAllowed("bad.cafe")).isFalse();
		assertThat(clients.isAllowed("dead.beef")).isFalse();
		assertThat(clients.isAllowed("[bad.cafe]")).isFalse();
		assertThat(clients.isAllowed("127.0.0.1")).isTrue();
	}

	@Test
	void hostnameShapedAllowedAddressIsRejectedAtStartup() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("bad.cafe")))
			.withMessageContaining("n1.overlay.allowed-addresses");
	}

}
