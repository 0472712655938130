package dev.n1query.autoconfigure;

import dev.n1query.actuate.QueriesEndpoint;
import dev.n1query.core.Hotspots;
import dev.n1query.core.ReportHistory;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code queries} actuator endpoint. The endpoint is available
 * like any other: it answers once the application exposes it
 * ({@code management.endpoints.web.exposure.include=queries}) and honours
 * {@code management.endpoint.queries.access}.
 */
@AutoConfiguration(after = N1AutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(ReportHistory.class)
public final class N1ActuatorAutoConfiguration {

	/** Only where the endpoint can show them: otherwise no request pays for the aggregate. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(QueriesEndpoint.class)
	Hotspots n1Hotspots(N1Properties properties) {
		return new Hotspots(properties.getHistory().getHotspots());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(QueriesEndpoint.class)
	QueriesEndpoint queriesEndpoint(ReportHistory history, Hotspots hotspots, N1Properties properties) {
		N1Properties.Actuator actuator = properties.getActuator();
		return new QueriesEndpoint(history, hotspots, Show.valueOf(actuator.getShowParameters().name()),
				actuator.getRoles());
	}

}
