package org.springframework.samples.n1fixture;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.n1query.core.ScopeReport;
import dev.n1query.core.ScopeReportListener;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * An application whose own package starts with {@code org.springframework.}, as Spring's
 * sample applications do, secured by Spring Security (form login, 401 for an API).
 */
@SpringBootApplication
@EnableWebSecurity
public class FixtureApplication {

	@Bean
	SecurityFilterChain security(HttpSecurity http) throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.formLogin(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						(request) -> request.getRequestURI().contains("/api/")))
			.build();
	}

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(User.withUsername("owner").password("{noop}secret").roles("USER").build());
	}

	@Bean
	ApplicationRunner schema(JdbcTemplate jdbc) {
		return (arguments) -> {
			jdbc.execute("create table if not exists pet (id bigint primary key, owner_id bigint, name varchar(40))");
			jdbc.update("delete from pet");
			for (long id = 1; id <= 4; id++) {
				jdbc.update("insert into pet (id, owner_id, name) values (?, 1, ?)", id, "Pet " + id);
			}
		};
	}

	@Bean
	Reports reports() {
		return new Reports();
	}

	/** Every report, by request path, as a test looks them up. */
	public static class Reports implements ScopeReportListener {

		private final Map<String, ScopeReport> byPath = new ConcurrentHashMap<>();

		@Override
		public void onReport(ScopeReport report) {
			if (report.path() != null) {
				this.byPath.put(report.method() + " " + report.path(), report);
			}
		}

		public ScopeReport get(String methodAndPath) {
			return this.byPath.get(methodAndPath);
		}

		public List<ScopeReport> all() {
			return List.copyOf(this.byPath.values());
		}

		public void clear() {
			this.byPath.clear();
		}

	}

}
