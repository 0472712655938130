package dev.n1query.demo.panel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: an HTML page that runs as many statements as asked, to time the panel on it. */
@RestController
class ManyStatementsController {

	private final JdbcTemplate jdbc;

	ManyStatementsController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping(path = "/test/many-statements", produces = "text/html;charset=UTF-8")
	String page(@RequestParam int statements) {
		StringBuilder ids = new StringBuilder();
		for (int i = 0; i < 2_000; i++) {
			ids.append((i > 0) ? "," : "").append(i);
		}
		for (int i = 0; i < statements; i++) {
			switch (i % 4) {
				case 0 -> this.jdbc.queryForObject("select count(*) from customer where id = ?", Integer.class, i);
				case 1 -> this.jdbc.queryForObject("select count(*) from purchase_order where customer_id = ?",
						Integer.class, i);
				case 2 -> this.jdbc.queryForObject("select count(*) from book where author_id = " + i, Integer.class);
				default -> this.jdbc.queryForObject("select count(*) from customer where id in (" + ids + ")",
						Integer.class);
			}
		}
		return "<html><body><p>" + statements + " statements</p></body></html>";
	}

}
