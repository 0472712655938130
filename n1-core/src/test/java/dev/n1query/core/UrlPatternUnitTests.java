package dev.n1query.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Route patterns of the safelist and of the endpoint's {@code ?route=} filter: Ant-style
 * semantics, and a cost that no pattern can blow up (the endpoint takes patterns from the
 * request).
 */
class UrlPatternUnitTests {

	@Test
	void antStyleSemantics() {
		assertThat(Safelist.matches("/admin/**", "/admin/users/{id}")).isTrue();
		assertThat(Safelist.matches("/admin/**", "/admin")).isTrue();
		assertThat(Safelist.matches("/admin/*", "/admin/users/{id}")).isFalse();
		assertThat(Safelist.matches("/admin/*", "/admin/users")).isTrue();
		assertThat(Safelist.matches("/**/users/*", "/admin/eu/users/{id}")).isTrue();
		assertThat(Safelist.matches("/**/users/*", "/admin/eu/users")).isFalse();
		assertThat(Safelist.matches("/admin/u?ers", "/admin/users")).isTrue();
		assertThat(Safelist.matches("/orders/{id}", "/orders/17")).isTrue();
		assertThat(Safelist.matches("/orders/{id}", "/orders/{id}")).isTrue();
		assertThat(Safelist.matches("/orders/{id}/lines", "/orders/17/items")).isFalse();
		assertThat(Safelist.matches("/admin**", "/adminx/y")).isFalse(); // ** is whole segments, not characters
		assertThat(Safelist.matches("/a/*.json", "/a/report.json")).isTrue();
		assertThat(Safelist.matches("nightly-*", "nightly-import")).isTrue();
		assertThat(Safelist.matches("/nightly-*", "nightly-import")).isFalse();
	}

	@Test
	void pathologicalPatternsAnswerAtOnce() {
		String path = "/" + "a/".repeat(40); // 81 characters
		String[] patterns = { "/**/**/**/**/**/**/**/**/b", "**a**a**a**a**a**a**a**a**b", "/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b",
				"/" + "*a".repeat(40) + "b", "/**/" + "*a*a*a*a*a*a*a*a*b/".repeat(20) + "**" };
		String longPath = "/" + "a".repeat(8_000) + "/" + "a/".repeat(2_000);
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
			for (String pattern : patterns) {
				assertThat(Safelist.matches(pattern, path)).as(pattern).isFalse();
				assertThat(Safelist.matches(pattern, longPath)).as(pattern).isFalse();
			}
			assertThat(Safelist.matches("/**/" + "*a".repeat(100) + "*b", longPath)).isFalse();
			assertThat(Safelist.matches("/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a", path.substring(0, 80))).isTrue();
		});
	}

}
