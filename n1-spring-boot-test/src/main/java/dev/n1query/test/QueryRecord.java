package dev.n1query.test;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One test's recorded statements: how many, and how many of each shape.
 *
 * @param statements every statement the test ran
 * @param shapes statements per fingerprint, sorted by fingerprint
 */
record QueryRecord(int statements, SortedMap<String, Integer> shapes) {

	QueryRecord {
		shapes = new TreeMap<>(shapes);
	}

	static QueryRecord of(RecordedQueries queries) {
		return new QueryRecord(queries.count(), Shapes.byFingerprint(queries));
	}

	/** Whether this shape ran more than once. */
	boolean repeats(String fingerprint) {
		return this.shapes.getOrDefault(fingerprint, 0) > 1;
	}

}
