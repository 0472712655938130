package dev.n1query.autoconfigure;

import dev.n1query.overlay.OverlayEndpointFilter;
import dev.n1query.overlay.OverlayInjectionFilter;
import dev.n1query.overlay.PanelAccess;
import dev.n1query.overlay.SpringSecurityPanelAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/** The development panel is off unless asked for, and says so loudly when on. */
@ExtendWith(OutputCaptureExtension.class)
class N1OverlayAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(N1AutoConfiguration.class, N1WebMvcAutoConfiguration.class,
				N1OverlayAutoConfiguration.class));

	@Test
	void panelIsOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch((registration) -> registration.getFilter() instanceof OverlayInjectionFilter
					|| registration.getFilter() instanceof OverlayEndpointFilter));
	}

	@Test
	void enabledPanelRegistersItsFiltersAndWarns(CapturedOutput output) {
		this.contextRunner.withPropertyValues("n1.overlay.enabled=true").run((context) -> {
			assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
				.anyMatch((registration) -> registration.getFilter() instanceof OverlayInjectionFilter)
				.anyMatch((registration) -> registration.getFilter() instanceof OverlayEndpointFilter);
			assertThat(output).contains("N1 development panel is ON at /n1/**").contains("loopback clients only");
		});
	}

	@Test
	void withoutThymeleafThereIsNoPanel() {
		this.contextRunner.withPropertyValues("n1.overlay.enabled=true")
			.withClassLoader(new FilteredClassLoader("org.thymeleaf"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
					.noneMatch((registration) -> registration.getFilter() instanceof OverlayInjectionFilter);
			});
	}

	@Test
	void invalidAllowedAddressFailsStartupClearly() {
		this.contextRunner.withPropertyValues("n1.overlay.enabled=true", "n1.overlay.allowed-addresses=intranet.local")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("n1.overlay.allowed-addresses: 'intranet.local' is not an IP address"));
	}

	@Test
	void invalidAllowedHostFailsStartupClearly() {
		this.contextRunner.withPropertyValues("n1.overlay.enabled=true", "n1.overlay.allowed-hosts=http://devbox:8080")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("n1.overlay.allowed-hosts: 'http://devbox:8080' is not a host name"));
	}

	@Test
	void withSpringSecurityThePanelFollowsTheApplicationsRules() {
		this.contextRunner.withPropertyValues("n1.overlay.enabled=true")
			.run((context) -> assertThat(context.getBean(PanelAccess.class))
				.isInstanceOf(SpringSecurityPanelAccess.class));
	}

	@Test
	void withoutSpringSecurityThePanelStartsWithItsOwnChecksOnly() {
		this.contextRunner.withPropertyValues("n1.overlay.enabled=true")
			.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(PanelAccess.class)).isSameAs(PanelAccess.OPEN);
				assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
					.anyMatch((registration) -> registration.getFilter() instanceof OverlayEndpointFilter);
			});
	}

}
