package dev.n1query.usage.jobs;

import java.time.Duration;
import java.util.Objects;

import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.usage.jobs.JobsTestApplication.JobReports;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code @KafkaListener} call that Spring Kafka observes is a job scope, against a
 * real broker: spring-kafka-test's embedded KRaft broker on loopback.
 */
@SpringBootTest(classes = { JobsTestApplication.class, KafkaListenerJobScopeIntegrationTests.Listener.class },
		properties = { "spring.datasource.url=jdbc:h2:mem:n1-kafka;DB_CLOSE_DELAY=-1",
				"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"spring.kafka.consumer.auto-offset-reset=earliest",
				"spring.kafka.listener.observation-enabled=true",
				"spring.kafka.template.observation-enabled=true" })
@EmbeddedKafka(partitions = 1, topics = "customer-orders")
class KafkaListenerJobScopeIntegrationTests {

	@Autowired
	JobReports reports;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Test
	void eachListenerCallIsAJobScopeWithItsNPlusOne() throws Exception {
		this.kafka.send("customer-orders", "6").get();
		ScopeReport report = Awaitility.await()
			.atMost(Duration.ofSeconds(180))
			.until(() -> this.reports.named("customerOrders").stream().findFirst().orElse(null), Objects::nonNull);
		assertThat(report.kind()).isEqualTo(ScopeKind.JOB);
		assertThat(report.queryCount()).isEqualTo(6);
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(6);
			assertThat(finding.callSite().toString())
				.startsWith("KafkaListenerJobScopeIntegrationTests$Listener.onCustomers(");
		});
	}

	/** A listener that looks up each customer of a message one by one. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		private final JdbcTemplate jdbc;

		Listener(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@KafkaListener(id = "customerOrders", topics = "customer-orders", groupId = "n1-test")
		void onCustomers(String customers) {
			for (int id = 1; id <= Integer.parseInt(customers); id++) {
				this.jdbc.queryForObject("select count(*) from (values (1), (2)) t(x) where x = ?", Integer.class, id);
			}
		}

		@Bean
		Object listenerMarker() {
			return new Object();
		}

	}

}
