package dev.n1query.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.FindingEnricher;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.ReportLogger;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeReportListener;
import dev.n1query.core.StatementObserver;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of N1's core: the {@link QueryTracker} that scopes, records and
 * analyses statements, and the log of its findings.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "n1.enabled", matchIfMissing = true)
@EnableConfigurationProperties(N1Properties.class)
public final class N1AutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	QueryTracker n1QueryTracker(N1Properties properties, ObjectProvider<FindingEnricher> enrichers,
			ObjectProvider<ScopeReportListener> listeners, ObjectProvider<StatementObserver> statementObservers,
			BeanFactory beanFactory) {
		N1Properties.Detection detection = properties.getDetection();
		N1Properties.Safelist safelist = properties.getSafelist();
		// The panel shows each page's own report: with it on, every request is analysed.
		double sampleRate = properties.getOverlay().isEnabled() ? 1.0 : detection.getSampleRate();
		DetectionSettings settings = new DetectionSettings(detection.getMode(), detection.getThreshold(),
				detection.getMaxStatements(),
				new Safelist(safelist.getQueries(), safelist.getCallSites(), safelist.getUrls()), sampleRate,
				detection.getMinAnalysedPerSecond());
		return new QueryTracker(settings,
				new CallSiteResolver(detection.getExcludedPackages(), applicationPackages(beanFactory, detection)),
				enrichers.orderedStream().toList(), listeners.orderedStream().toList(),
				statementObservers.orderedStream().toList());
	}

	// The @SpringBootApplication's package, then the configured ones.
	private static List<String> applicationPackages(BeanFactory beanFactory, N1Properties.Detection detection) {
		List<String> packages = new ArrayList<>();
		if (AutoConfigurationPackages.has(beanFactory)) {
			packages.addAll(AutoConfigurationPackages.get(beanFactory));
		}
		packages.addAll(detection.getApplicationPackages());
		return packages;
	}

	@Bean
	@ConditionalOnMissingBean
	ReportLogger n1ReportLogger(N1Properties properties) {
		N1Properties.Log log = properties.getLog();
		return new ReportLogger(log.getRepeatInterval(), log.getMaxFindings(), System::nanoTime);
	}

	@Bean
	@ConditionalOnMissingBean
	ReportHistory n1ReportHistory(N1Properties properties) {
		return new ReportHistory(properties.getHistory().getSize());
	}

}
