package dev.n1query.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.n1query.jdbc.N1ProxyDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a reactive (WebFlux) application N1 says once, at startup, what it does and does not
 * see there.
 */
@ExtendWith(OutputCaptureExtension.class)
class N1ReactiveAutoConfigurationTests {

	private static final String NOTICE_START = "N1 in a reactive (WebFlux) application";

	@Test
	void webFluxApplicationIsToldOnceWhatN1SeesThere(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner().withConfiguration(allAutoConfigurations())
			.withPropertyValues("spring.datasource.generate-unique-name=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DataSource.class)).isInstanceOf(N1ProxyDataSource.class);
				assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			});
		assertThat(noticesIn(output)).containsExactly("INFO");
		assertThat(output).contains("R2DBC statements are not seen")
			.contains("WebFlux requests get no query scope")
			.contains("only counted (n1.queries)");
	}

	@Test
	void servletApplicationIsNotTold(CapturedOutput output) {
		new WebApplicationContextRunner().withConfiguration(allAutoConfigurations())
			.withPropertyValues("spring.datasource.generate-unique-name=true")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(NOTICE_START);
	}

	@Test
	void webFluxApplicationWithN1DisabledIsNotTold(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner().withConfiguration(allAutoConfigurations())
			.withPropertyValues("n1.enabled=false", "spring.datasource.generate-unique-name=true")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(NOTICE_START);
	}

	// The level of each notice line logged.
	private static List<String> noticesIn(CapturedOutput output) {
		return output.getOut()
			.lines()
			.filter((line) -> line.contains(NOTICE_START))
			.map((line) -> line.contains(" INFO ") ? "INFO" : line)
			.toList();
	}

	// What an application gets from N1's imports file, plus Boot's DataSource.
	private static AutoConfigurations allAutoConfigurations() {
		ClassLoader classLoader = N1ReactiveAutoConfigurationTests.class.getClassLoader();
		List<Class<?>> classes = new ArrayList<>();
		classes.add(DataSourceAutoConfiguration.class);
		for (String name : ImportCandidates.load(AutoConfiguration.class, classLoader)) {
			if (name.startsWith("dev.n1query.")) {
				classes.add(ClassUtils.resolveClassName(name, classLoader));
			}
		}
		return AutoConfigurations.of(classes.toArray(Class<?>[]::new));
	}

}
