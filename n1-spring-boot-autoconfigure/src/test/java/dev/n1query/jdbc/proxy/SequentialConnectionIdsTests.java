package dev.n1query.jdbc.proxy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The connection ids of N1's data sources.
 */
class SequentialConnectionIdsTests {

	@Test
	void idsCountUpFromOneAsDatasourceProxysDefaultDoes() {
		SequentialConnectionIds ids = new SequentialConnectionIds();
		assertThat(ids.getId(null)).isEqualTo("1");
		ids.addClosedId("1");
		assertThat(ids.getId(null)).isEqualTo("2");
	}

	@Test
	void idsTakenFromManyThreadsAreUnique() {
		SequentialConnectionIds ids = new SequentialConnectionIds();
		Set<String> seen = ConcurrentHashMap.newKeySet();
		IntStream.range(0, 10_000).parallel().forEach((i) -> seen.add(ids.getId(null)));
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void connectionInformationNumbersConnectionsInTheSameSequenceAndWritesTheIdWhenRead() {
		SequentialConnectionIds ids = new SequentialConnectionIds();
		assertThat(ids.getId(null)).isEqualTo("1");
		net.ttddyy.dsproxy.ConnectionInfo second = ids.nextConnectionInfo();
		assertThat(ids.getId(null)).isEqualTo("3");
		assertThat(second.getConnectionId()).isEqualTo("2").isSameAs(second.getConnectionId());
		net.ttddyy.dsproxy.ConnectionInfo renamed = ids.nextConnectionInfo();
		renamed.setConnectionId("primary-4");
		assertThat(renamed.getConnectionId()).isEqualTo("primary-4");
	}

	@Test
	void openIdsAreNotTrackedAndSaySo() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> new SequentialConnectionIds().getOpenConnectionIds())
			.withMessageContaining("do not track open connection ids");
	}

}
