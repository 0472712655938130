package org.springframework.samples.n1fixture;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reads an owner's pets one by one: an N+1 in the application's own code. */
@RestController
public class OwnerController {

	private final JdbcTemplate jdbc;

	OwnerController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/owners/{id}/pets")
	List<String> pets(@PathVariable long id) {
		List<String> names = new ArrayList<>();
		for (Long pet : this.jdbc.queryForList("select id from pet where owner_id = ?", Long.class, id)) {
			names.add(this.jdbc.queryForObject("select name from pet where id = ?", String.class, pet)); // N+1
		}
		return names;
	}

	@GetMapping("/api/secret")
	String secret() {
		return "secret";
	}

}
