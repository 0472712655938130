package dev.n1query.usage.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application secured by Spring Security: every URL needs a login, {@code /admin/**}
 * the ADMIN role; HTTP Basic, CSRF on (the default).
 */
@SpringBootApplication
@EnableWebSecurity
public class SecuredWebTestApplication {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	InMemoryUserDetailsManager users() {
		return new InMemoryUserDetailsManager(User.withUsername("user").password("{noop}user-pw").roles("USER").build(),
				User.withUsername("admin").password("{noop}admin-pw").roles("ADMIN").build());
	}

	@RestController
	static class Pages {

		private final JdbcTemplate jdbc;

		Pages(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping(path = "/admin/report", produces = "text/html;charset=UTF-8")
		String adminReport() {
			return "<html><body>salaries: " + this.jdbc.queryForObject("select 42", Integer.class) + "</body></html>";
		}

		@GetMapping(path = "/page", produces = "text/html;charset=UTF-8")
		String page() {
			return "<html><body>page " + this.jdbc.queryForObject("select 1", Integer.class) + "</body></html>";
		}

	}

}
