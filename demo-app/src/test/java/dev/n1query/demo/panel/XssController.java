package dev.n1query.demo.panel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only: a page whose statements carry a payload in their SQL text, in a bound value,
 * and in a database error message, for the panel's XSS test.
 */
@RestController
class XssController {

	private final JdbcTemplate jdbc;

	XssController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The payload in the URL's path, decoded by Spring into a path variable and a bound value. */
	@GetMapping(path = "/test/xss/{segment}", produces = "text/html;charset=UTF-8")
	String inPath(@org.springframework.web.bind.annotation.PathVariable String segment) {
		for (int i = 0; i < 3; i++) {
			this.jdbc.queryForObject("select ? || ?", String.class, segment, i);
		}
		return "<html><body><p>xss path test</p></body></html>";
	}

	@GetMapping(path = "/test/xss", produces = "text/html;charset=UTF-8")
	String page(@RequestParam String payload) {
		String literal = payload.replace("'", "''");
		for (int i = 0; i < 3; i++) {
			this.jdbc.queryForObject("select '" + literal + "' || ?", String.class, payload + i);
		}
		try {
			this.jdbc.queryForObject("select * from \"" + payload.replace("\"", "") + "\"", String.class);
		}
		catch (RuntimeException expected) {
			// the failing statement's error message carries the payload into the panel
		}
		return "<html><body><p>xss test</p></body></html>";
	}

	/**
	 * The control of the XSS tests: the payload written into the page unescaped, so a test
	 * can show that its browser check sees a payload that runs.
	 */
	@GetMapping(path = "/test/xss-unescaped", produces = "text/html;charset=UTF-8")
	String unescaped(@RequestParam String payload) {
		this.jdbc.queryForObject("select 1", Integer.class);
		return "<html><body><p>unescaped</p>" + payload + "</body></html>";
	}

}
