package dev.n1query.demo.scenarios;

/**
 * One N+1 pattern from the field, as the demo shows it.
 *
 * @param name a short name
 * @param pattern what goes wrong, in the words of the field reports
 * @param fix the one-line fix
 * @param method GET or POST
 * @param brokenUrl the broken form
 * @param fixedUrl the fixed form
 * @param finding what N1 reports for the broken form: {@code N_PLUS_ONE} or {@code DUPLICATE}
 * @param brokenRepeats how often the broken form repeats its statement at the seeded sizes
 * (the N of its N+1, or 2 for the duplicate)
 * @param expectedFixedQueries the exact statement count of the fixed form at the seeded sizes
 */
public record Scenario(String name, String pattern, String fix, String method, String brokenUrl, String fixedUrl,
		String finding, int brokenRepeats, int expectedFixedQueries) {

}
