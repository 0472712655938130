package dev.n1query.core;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.util.AntPathMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N1's core has no Spring, yet its route patterns must mean what Spring users expect: on
 * random patterns and paths, {@link UrlPattern} answers as Spring's {@link AntPathMatcher}
 * (which, being built on regular expressions, sometimes gives up on backtracking).
 */
class UrlPatternAntPathMatcherTests {

	private static final String[] PATTERN_PIECES = { "/", "/", "a", "b", "ab", "*", "**", "/**/", "?", "{id}", "*.json",
			"a*", "*b" };

	private static final String[] PATH_PIECES = { "/", "/", "a", "b", "ab", "ba", "{id}", "17", ".json", "//" };

	private final AntPathMatcher spring = new AntPathMatcher();

	private final Random random = new Random(20261130L);

	private String random(String[] pieces) {
		StringBuilder text = new StringBuilder();
		int n = 1 + this.random.nextInt(8);
		for (int i = 0; i < n; i++) {
			text.append(pieces[this.random.nextInt(pieces.length)]);
		}
		return text.toString();
	}

	@Test
	void answersAsAntPathMatcherOnTwoHundredThousandRandomPairs() {
		int matched = 0;
		for (int i = 0; i < 200_000; i++) {
			String pattern = random(PATTERN_PIECES);
			String path = random(PATH_PIECES);
			boolean expected;
			try {
				expected = this.spring.match(pattern, path);
			}
			catch (IllegalStateException ex) {
				continue; // AntPathMatcher's regular expressions gave up backtracking; N1's matcher has none
			}
			assertThat(UrlPattern.matches(pattern, path)).as("%s against %s", pattern, path).isEqualTo(expected);
			matched += expected ? 1 : 0;
		}
		assertThat(matched).isGreaterThan(10_000); // the pairs exercise matches, not only failures
	}

}
