package dev.n1query.core;

/** The generic fixes, used where no technology-specific enricher knows better. */
final class Suggestions {

	private Suggestions() {
	}

	static String forNPlusOne(StatementType type) {
		return switch (type) {
			case SELECT -> "load these rows in one query for all items (a JOIN, or WHERE … IN (…) and a map) "
					+ "instead of one query per item";
			case INSERT, UPDATE, DELETE -> "send the writes as one JDBC batch (saveAll(…) with "
					+ "spring.jpa.properties.hibernate.jdbc.batch_size, or JdbcTemplate.batchUpdate(…))";
			case OTHER -> "run this statement once for all items instead of once per item";
		};
	}

	static String forDuplicate() {
		return "reuse the first result (pass it along, or cache it for the request) instead of running the same "
				+ "query again";
	}

}
