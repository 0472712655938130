package dev.n1query.actuate;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.Hotspots;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ReportHistory;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees parameter values in the {@code queries} endpoint. */
class QueriesEndpointTests {

	private final ReportHistory history = new ReportHistory(10);

	private String id;

	@BeforeEach
	void record() {
		QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(this.history));
		try (QueryScope scope = tracker.open("job")) {
			tracker.record(StatementExecution.of("select * from account where iban = ?", "DE89370400440532013000"));
			this.id = scope.id();
		}
	}

	private List<String> parameters(Show show, Set<String> roles, SecurityContext who) {
		QueriesEndpoint endpoint = new QueriesEndpoint(this.history, new Hotspots(10), show, roles);
		return endpoint.request(who, this.id).statements().get(0).parameters();
	}

	private static SecurityContext user(String... roles) {
		Principal principal = () -> "ada";
		Set<String> granted = Set.of(roles);
		return new SecurityContext() {

			@Override
			public Principal getPrincipal() {
				return principal;
			}

			@Override
			public boolean isUserInRole(String role) {
				return granted.contains(role);
			}

		};
	}

	@Test
	void neverShowsValuesByDefault() {
		assertThat(parameters(Show.NEVER, Set.of(), user("ADMIN"))).containsExactly("******");
	}

	@Test
	void alwaysShowsValuesToEveryone() {
		assertThat(parameters(Show.ALWAYS, Set.of(), SecurityContext.NONE))
			.containsExactly("'DE89370400440532013000'");
	}

	@Test
	void whenAuthorizedShowsValuesToAuthenticatedUsersWithARole() {
		assertThat(parameters(Show.WHEN_AUTHORIZED, Set.of(), SecurityContext.NONE)).containsExactly("******");
		assertThat(parameters(Show.WHEN_AUTHORIZED, Set.of(), user())).containsExactly("'DE89370400440532013000'");
		assertThat(parameters(Show.WHEN_AUTHORIZED, Set.of("OPS"), user("DEV"))).containsExactly("******");
		assertThat(parameters(Show.WHEN_AUTHORIZED, Set.of("OPS"), user("OPS")))
			.containsExactly("'DE89370400440532013000'");
	}

	@Test
	void unknownIdIsNull() {
		QueriesEndpoint endpoint = new QueriesEndpoint(this.history, new Hotspots(10), Show.ALWAYS, Set.of());
		assertThat(endpoint.request(SecurityContext.NONE, "nope")).isNull();
	}

}
