package dev.n1query.autoconfigure;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.n1query.core.DetectionMode;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;
import dev.n1query.jdbc.N1ProxyDataSource;
import dev.n1query.web.N1RequestFilter;
import dev.n1query.web.TemplateReadsDialect;
import jakarta.servlet.DispatcherType;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for N1's auto-configurations: what is registered, when, and how DataSources are
 * wrapped.
 */
class N1AutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:n1-autoconfig;DB_CLOSE_DELAY=-1",
				"spring.datasource.generate-unique-name=true")
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, N1AutoConfiguration.class,
				N1JdbcAutoConfiguration.class, N1WebMvcAutoConfiguration.class));

	private final WebApplicationContextRunner webContextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JdbcAutoConfiguration.class,
				N1WebMvcAutoConfiguration.class));

	@Test
	void autoConfiguredDataSourceIsWrapped() {
		this.contextRunner.run((context) -> {
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(dataSource).isInstanceOf(N1ProxyDataSource.class);
			assertThat(context).hasSingleBean(QueryTracker.class);
			assertThat(dataSource.unwrap(HikariDataSource.class)).isInstanceOf(HikariDataSource.class);
			assertThat(dataSource.isWrapperFor(HikariDataSource.class)).isTrue();
			assertThat(dataSource.unwrap(DataSource.class)).isInstanceOf(HikariDataSource.class);
		});
	}

	@Test
	void statementsThroughTheWrappedDataSourceAreRecordedInTheCurrentScope() {
		this.contextRunner.withUserConfiguration(CollectingListenerConfiguration.class).run((context) -> {
			QueryTracker tracker = context.getBean(QueryTracker.class);
			DataSource dataSource = context.getBean(DataSource.class);
			try (QueryScope scope = tracker.open("job"); Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("select 1");
				statement.execute("select 2");
			}
			List<ScopeReport> reports = context.getBean(CollectingListenerConfiguration.class).reports;
			assertThat(reports).singleElement().satisfies((report) -> {
				assertThat(report.queryCount()).isEqualTo(2);
				assertThat(report.statements()).extracting((statement) -> statement.dataSourceName())
					.containsOnly("dataSource");
				assertThat(report.statements().get(0).durationNanos()).isPositive();
			});
		});
	}

	@Test
	void connectionsAndStatementsAreN1sOwnProxiesByDefault() {
		this.contextRunner.withUserConfiguration(CollectingListenerConfiguration.class).run((context) -> {
			assertThat(executeTwoStatementsInAScope(context)).containsExactly(false, false);
			assertThat(context.getBean(CollectingListenerConfiguration.class).reports).singleElement()
				.satisfies((report) -> assertThat(report.queryCount()).isEqualTo(2));
		});
	}

	@Test
	void proxyFactoryJdkSwitchesBackToDatasourceProxysJdkProxies() {
		this.contextRunner.withUserConfiguration(CollectingListenerConfiguration.class)
			.withPropertyValues("n1.jdbc.proxy-factory=jdk")
			.run((context) -> {
				assertThat(executeTwoStatementsInAScope(context)).containsExactly(true, true);
				assertThat(context.getBean(CollectingListenerConfiguration.class).reports).singleElement()
					.satisfies((report) -> assertThat(report.queryCount()).isEqualTo(2));
			});
	}

	// Whether the connection and the statement were JDK dynamic proxies.
	private static List<Boolean> executeTwoStatementsInAScope(ApplicationContext context) throws Exception {
		QueryTracker tracker = context.getBean(QueryTracker.class);
		try (QueryScope scope = tracker.open("job");
				Connection connection = context.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("select 1");
			statement.execute("select 2");
			return List.of(Proxy.isProxyClass(connection.getClass()), Proxy.isProxyClass(statement.getClass()));
		}
	}

	@Test
	void whenDisabledThenNothingIsRegistered() {
		this.contextRunner.withPropertyValues("n1.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(QueryTracker.class);
			assertThat(context).doesNotHaveBean(N1DataSourceBeanPostProcessor.class);
			assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
		});
	}

	@Test
	void withN1AutoConfigurationExcludedDataSourcesAndLoadsAreLeftAlone() {
		new ApplicationContextRunner()
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:n1-excluded;DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=true")
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, N1JdbcAutoConfiguration.class,
					N1JpaAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(QueryTracker.class);
				assertThat(context).doesNotHaveBean(N1DataSourceBeanPostProcessor.class)
					.doesNotHaveBean(dev.n1query.jpa.N1HibernateIntegrator.class);
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(dataSource).isInstanceOf(HikariDataSource.class);
				try (Connection connection = dataSource.getConnection();
						ResultSet rows = connection.createStatement().executeQuery("select 1")) {
					assertThat(rows.next()).isTrue();
				}
			});
	}

	@Test
	void withN1AutoConfigurationExcludedAndATrackerOfTheApplicationsTheApplicationStarts() {
		new ApplicationContextRunner()
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:n1-excluded-own;DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=true")
			.withBean(QueryTracker.class, QueryTracker::new)
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, N1JdbcAutoConfiguration.class,
					N1JpaAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(dev.n1query.jpa.N1HibernateIntegrator.class);
				DataSource dataSource = context.getBean(DataSource.class);
				QueryTracker tracker = context.getBean(QueryTracker.class);
				try (QueryScope scope = tracker.open("job");
						Connection connection = dataSource.getConnection();
						ResultSet rows = connection.createStatement().executeQuery("select 1")) {
					assertThat(rows.next()).isTrue();
					assertThat(scope.queryCount()).as("statements reach the application's tracker").isEqualTo(1);
				}
			});
	}

	@Test
	void severalDataSourcesAreEachWrappedOnceUnderTheirOwnName() {
		new ApplicationContextRunner().withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JdbcAutoConfiguration.class))
			.withUserConfiguration(CollectingListenerConfiguration.class)
			.run((context) -> {
				Map<String, DataSource> dataSources = context.getBeansOfType(DataSource.class);
				assertThat(dataSources).containsOnlyKeys("orders", "billing");
				assertThat(dataSources.values()).allSatisfy((ds) -> assertThat(ds).isInstanceOf(N1ProxyDataSource.class));
				QueryTracker tracker = context.getBean(QueryTracker.class);
				try (QueryScope scope = tracker.open("both")) {
					for (DataSource dataSource : dataSources.values()) {
						try (Connection connection = dataSource.getConnection();
								Statement statement = connection.createStatement()) {
							statement.execute("select 1");
						}
					}
				}
				assertThat(context.getBean(CollectingListenerConfiguration.class).reports.get(0).statements())
					.extracting((statement) -> statement.dataSourceName())
					.containsExactlyInAnyOrder("orders", "billing");
			});
	}

	@Test
	void alreadyWrappedDataSourcesAreNotWrappedAgain() {
		new ApplicationContextRunner().withUserConfiguration(PreWrappedDataSourcesConfiguration.class)
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JdbcAutoConfiguration.class))
			.run((context) -> {
				PreWrappedDataSourcesConfiguration configuration = context
					.getBean(PreWrappedDataSourcesConfiguration.class);
				assertThat(context.getBean("wrapped")).isSameAs(configuration.wrapped);
				assertThat(context.getBean("delegating")).isSameAs(configuration.delegating);
			});
	}

	@Test
	void scopedTargetsAndExcludedBeansAreNotWrapped() {
		new ApplicationContextRunner().withUserConfiguration(ScopedTargetConfiguration.class)
			.withPropertyValues("n1.jdbc.excluded-data-source-beans=reporting")
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JdbcAutoConfiguration.class))
			.run((context) -> {
				assertThat(context.getBean("scopedTarget.tenantDataSource")).isInstanceOf(SimpleDriverDataSource.class);
				assertThat(context.getBean("reporting")).isInstanceOf(SimpleDriverDataSource.class);
				assertThat(context.getBean("main")).isInstanceOf(N1ProxyDataSource.class);
			});
	}

	@Test
	void withoutDatasourceProxyTheAppStartsAndNothingIsWrapped() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ProxyDataSource.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(N1DataSourceBeanPostProcessor.class);
			assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
		});
	}

	@Test
	void withoutActuatorMicrometerThymeleafOrJpaTheAppStarts() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "io.micrometer",
					"org.thymeleaf", "org.hibernate", "jakarta.persistence", "tools.jackson"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DataSource.class)).isInstanceOf(N1ProxyDataSource.class);
			});
	}

	@Test
	void withoutHibernateThereIsNoJpaEnrichment() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JpaAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("org.hibernate"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(dev.n1query.jpa.JpaFindingEnricher.class);
				assertThat(context).hasSingleBean(QueryTracker.class);
			});
	}

	@Test
	void withHibernateFindingsAreEnriched() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JpaAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(dev.n1query.jpa.JpaFindingEnricher.class);
				assertThat(context).hasSingleBean(dev.n1query.jpa.N1HibernateIntegrator.class);
			});
	}

	@Test
	void templatesOfWebAppsWithHibernateTellWhatTheyRead() {
		WebApplicationContextRunner runner = new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JpaAutoConfiguration.class));
		runner.run((context) -> assertThat(context).hasSingleBean(TemplateReadsDialect.class));
		runner.withPropertyValues("n1.detection.unused-eager-loading=false")
			.run((context) -> assertThat(context).doesNotHaveBean(TemplateReadsDialect.class));
		// Compiled Spring EL calls getters directly: reads would go unseen, so nothing is judged.
		runner.withPropertyValues("spring.thymeleaf.enable-spring-el-compiler=true")
			.run((context) -> assertThat(context).doesNotHaveBean(TemplateReadsDialect.class));
		runner.withClassLoader(new FilteredClassLoader("org.thymeleaf"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TemplateReadsDialect.class));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1JpaAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TemplateReadsDialect.class));
	}

	@Test
	void propertiesConfigureDetection() {
		this.contextRunner
			.withPropertyValues("n1.detection.mode=fail", "n1.detection.threshold=5",
					"n1.detection.max-statements=42", "n1.safelist.queries=from settings")
			.run((context) -> {
				QueryTracker tracker = context.getBean(QueryTracker.class);
				assertThat(tracker.settings().mode()).isEqualTo(DetectionMode.FAIL);
				assertThat(tracker.settings().threshold()).isEqualTo(5);
				assertThat(tracker.settings().maxStatements()).isEqualTo(42);
				assertThat(tracker.settings().safelist().queries()).containsExactly("from settings");
			});
	}

	@Test
	void requestsAreSampledByDefaultAndTheRateIsConfigurable() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(QueryTracker.class).settings().sampleRate()).isEqualTo(0.002);
			assertThat(context.getBean(QueryTracker.class).settings().minAnalysedPerSecond()).isEqualTo(2);
		});
		this.contextRunner.withPropertyValues("n1.detection.sample-rate=0.2", "n1.detection.min-analysed-per-second=3")
			.run((context) -> {
				assertThat(context.getBean(QueryTracker.class).settings().sampleRate()).isEqualTo(0.2);
				assertThat(context.getBean(QueryTracker.class).settings().minAnalysedPerSecond()).isEqualTo(3);
			});
	}

	@Test
	void withThePanelOnEveryRequestIsAnalysedWhateverTheSampleRate() {
		this.contextRunner.withPropertyValues("n1.detection.sample-rate=0.2", "n1.overlay.enabled=true")
			.run((context) -> assertThat(context.getBean(QueryTracker.class).settings().sampleRate()).isEqualTo(1.0));
	}

	@Test
	void invalidThresholdFailsStartupWithAClearMessage() {
		this.contextRunner.withPropertyValues("n1.detection.threshold=1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("n1.detection.threshold must be at least 2, was 1");
		});
	}

	@Test
	void servletWebApplicationGetsTheRequestFilterForRequestAndAsyncDispatch() {
		this.webContextRunner.run((context) -> {
			FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(N1RequestFilter.class);
			assertThat(registration.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.REQUEST,
					DispatcherType.ASYNC);
		});
	}

	@Test
	void withoutSpringMvcThereIsNoRequestFilter() {
		this.webContextRunner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
	}

	@Test
	void nonWebApplicationHasNoRequestFilter() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
	}

	@Test
	void userTrackerBacksOff() {
		this.contextRunner.withBean("myTracker", QueryTracker.class, QueryTracker::new)
			.run((context) -> assertThat(context).getBean(QueryTracker.class).isSameAs(context.getBean("myTracker")));
	}

	@Test
	void everyPropertyHasADescriptionAndADefault() throws Exception {
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(metadata);
			List<JsonNode> n1Properties = new ArrayList<>();
			root.get("properties").forEach((property) -> {
				if (property.path("name").asString().startsWith("n1.")) {
					n1Properties.add(property);
				}
			});
			assertThat(n1Properties).extracting((property) -> property.path("name").asString())
				.contains("n1.enabled", "n1.detection.mode", "n1.detection.threshold", "n1.history.size",
						"n1.actuator.show-parameters");
			assertThat(n1Properties).allSatisfy((property) -> {
				assertThat(property.path("description").asString()).as(property.path("name").asString()).isNotBlank();
				assertThat(property.has("defaultValue")).as(property.path("name").asString()).isTrue();
			});
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class CollectingListenerConfiguration {

		final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

		@Bean
		ScopeReportListener collectingListener() {
			return this.reports::add;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesConfiguration {

		@Bean
		DataSource orders() {
			return h2("orders");
		}

		@Bean
		DataSource billing() {
			return h2("billing");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PreWrappedDataSourcesConfiguration {

		final DataSource wrapped = new N1ProxyDataSource(h2("pre-wrapped"));

		final DataSource delegating = new DelegatingDataSource(new N1ProxyDataSource(h2("delegating")));

		@Bean
		DataSource wrapped() {
			return this.wrapped;
		}

		@Bean
		DataSource delegating() {
			return this.delegating;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ScopedTargetConfiguration {

		@Bean("scopedTarget.tenantDataSource")
		DataSource tenantDataSource() {
			return h2("tenant");
		}

		@Bean
		DataSource reporting() {
			return h2("reporting");
		}

		@Bean
		DataSource main() {
			return h2("main");
		}

	}

	static SimpleDriverDataSource h2(String name) {
		return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

}
