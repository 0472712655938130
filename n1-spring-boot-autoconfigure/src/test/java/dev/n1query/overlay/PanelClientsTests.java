package dev.n1query.overlay;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests may see the panel and N1's headers: the answer for one client never
 * carries over to the next, whatever order they come in (the policy keeps its last answer).
 */
class PanelClientsTests {

	private final PanelClients clients = new PanelClients(new ClientAddresses(List.of("10.1.0.0/16")),
			new AllowedHosts(List.of("dev.example")));

	@Test
	void eachClientGetsItsOwnAnswerWhateverCameBefore() {
		for (int round = 0; round < 3; round++) {
			assertThat(this.clients.isAllowed(request("127.0.0.1", "localhost:8080"))).isTrue();
			assertThat(this.clients.isAllowed(request("127.0.0.1", "localhost:8080"))).isTrue();
			assertThat(this.clients.isAllowed(request("203.0.113.9", "localhost:8080"))).as("foreign address")
				.isFalse();
			assertThat(this.clients.isAllowed(request("127.0.0.1", "rebound.example"))).as("foreign Host").isFalse();
			assertThat(this.clients.isAllowed(request("127.0.0.1", "rebound.example"))).as("foreign Host").isFalse();
			assertThat(this.clients.isAllowed(request("10.1.2.3", "dev.example"))).as("allowed range and host")
				.isTrue();
			assertThat(this.clients.isAllowed(request("10.2.2.3", "dev.example"))).as("outside the range").isFalse();
			assertThat(this.clients.isAllowed(request("10.1.2.3", null))).as("no Host: the server name, localhost")
				.isTrue();
			MockHttpServletRequest noHost = request("10.1.2.3", null);
			noHost.setServerName("rebound.example");
			assertThat(this.clients.isAllowed(noHost)).as("no Host: a foreign server name").isFalse();
		}
	}

	@Test
	void aClientRefusedOnItsAddressIsRefusedWithoutReadingItsHost() {
		List<String> read = new ArrayList<>();
		MockHttpServletRequest foreign = new MockHttpServletRequest("GET", "/") {

			@Override
			public String getHeader(String name) {
				read.add(name);
				return super.getHeader(name);
			}

			@Override
			public String getServerName() {
				read.add("server name");
				return super.getServerName();
			}

		};
		foreign.setRemoteAddr("203.0.113.9");
		foreign.addHeader("Host", "localhost:8080");
		assertThat(this.clients.isAllowed(request("127.0.0.1", "localhost:8080"))).isTrue();
		assertThat(this.clients.isAllowed(foreign)).isFalse();
		assertThat(read).isEmpty();
		assertThat(this.clients.isAllowed(request("127.0.0.1", "localhost:8080"))).as("the last one allowed").isTrue();
	}

	private static MockHttpServletRequest request(String address, String host) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(address);
		if (host != null) {
			request.addHeader("Host", host);
		}
		return request;
	}

}
