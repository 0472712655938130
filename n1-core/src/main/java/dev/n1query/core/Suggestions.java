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

	// N1 sees what templates and JSON serializers read, never what Java code reads: the advice
	// must hold even if Java code of this request reads the association.
	static String forUnusedEagerLoad(EagerLoad load, String loadedBy) {
		String association = load.entity() + "." + load.association();
		if (load.eagerMapping()) {
			return association + " is mapped EAGER, so every load of " + load.entity() + " loads it too, and this "
					+ "response's template and JSON did not read it. N1 cannot see reads by Java code, so this does not "
					+ "show that nothing uses it; keep the mapping as it is, and where a page needs only "
					+ load.entity() + "'s own columns, load them with a projection (a DTO or interface projection), "
					+ "which loads no association";
		}
		String query = (loadedBy != null) ? loadedBy : "the query that loaded " + load.entity();
		return query + " fetches " + association + " (JOIN FETCH or @EntityGraph) and this response never read it "
				+ "in its template or JSON: where no Java code of this request reads it either, load " + load.entity()
				+ " without it here (a repository method without the fetch, or a projection of the columns the page "
				+ "shows); N1 cannot see reads by Java code";
	}

}
