package dev.n1query.test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Compares a test's statements with its record and writes records: a missing record is
 * written (never in CI, where it fails); more statements or a new repeated shape fails
 * with a diff; the file is rewritten only in update mode ({@code -Dn1.record=update}).
 */
final class QueryRecords {

	/** The system property that selects the mode: {@code update} or {@code check}. */
	static final String MODE_PROPERTY = "n1.record";

	/** The system property overriding where record files live. */
	static final String DIRECTORY_PROPERTY = "n1.record.dir";

	/** The system property overriding the {@code CI} environment variable (for tests of this). */
	static final String CI_PROPERTY = "n1.record.ci";

	private QueryRecords() {
	}

	enum Mode {

		/** Write missing records, compare existing ones, never rewrite. */
		RECORD_MISSING,

		/** Rewrite the record with what ran. */
		UPDATE,

		/** Never write: a missing record fails (CI). */
		CHECK

	}

	static Mode mode() {
		if (Boolean.parseBoolean(System.getProperty(CI_PROPERTY, System.getenv("CI")))) {
			return Mode.CHECK;
		}
		String mode = System.getProperty(MODE_PROPERTY, "");
		return switch (mode) {
			case "update" -> Mode.UPDATE;
			case "check" -> Mode.CHECK;
			case "" -> Mode.RECORD_MISSING;
			default -> throw new IllegalStateException("-D" + MODE_PROPERTY + "=" + mode
					+ " is not a mode: use update (rewrite the records) or check (never write)");
		};
	}

	static Path directory() {
		String configured = System.getProperty(DIRECTORY_PROPERTY);
		if (configured != null) {
			return Paths.get(configured);
		}
		return base().resolve(Paths.get("src", "test", "resources", "n1"));
	}

	private static Path base() {
		return Paths.get(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
	}

	/** The file as messages show it: relative to the module when it is inside it. */
	static Path display(Path file) {
		Path absolute = file.toAbsolutePath();
		return absolute.startsWith(base()) ? base().relativize(absolute) : file;
	}

	static Path file(Class<?> testClass) {
		return directory().resolve(testClass.getName().replace('$', '.') + ".yaml");
	}

	/**
	 * Checks the test's statements against its record, writing it where the mode allows.
	 * @param testClass the test class (one file per class)
	 * @param test the test's key in the file
	 * @param queries what the test ran
	 * @throws AssertionError on a regression, or a missing record in CI
	 */
	static void check(Class<?> testClass, String test, RecordedQueries queries) {
		Mode mode = mode();
		Path file = file(testClass);
		SortedMap<String, QueryRecord> records = QueryRecordFile.read(file);
		QueryRecord actual = QueryRecord.of(queries);
		QueryRecord recorded = records.get(test);
		if (recorded == null) {
			if (mode == Mode.CHECK) {
				throw new AssertionError("No N1 query record for " + testClass.getSimpleName() + "." + test + " in "
						+ display(file) + ", and records are never written in CI (CI=true). Run the test once locally, "
						+ "where the record is written, and commit " + file.getFileName() + ".");
			}
			records.put(test, actual);
			QueryRecordFile.write(file, testClass.getName(), records);
			return;
		}
		if (mode == Mode.UPDATE) {
			if (!recorded.equals(actual)) {
				records.put(test, actual);
				QueryRecordFile.write(file, testClass.getName(), records);
			}
			return;
		}
		TreeSet<String> newlyRepeated = new TreeSet<>();
		actual.shapes().keySet().stream()
			.filter((shape) -> actual.repeats(shape) && !recorded.repeats(shape))
			.forEach(newlyRepeated::add);
		if (actual.statements() > recorded.statements() || !newlyRepeated.isEmpty()) {
			throw new AssertionError(regression(testClass, test, file, recorded, actual, newlyRepeated, queries));
		}
	}

	private static String regression(Class<?> testClass, String test, Path file, QueryRecord recorded,
			QueryRecord actual, TreeSet<String> newlyRepeated, RecordedQueries queries) {
		StringBuilder message = new StringBuilder("N1 query record of ").append(testClass.getSimpleName())
			.append('.').append(test).append(" exceeded: ").append(actual.statements())
			.append(" statements, recorded ").append(recorded.statements());
		if (!newlyRepeated.isEmpty()) {
			message.append("; ").append(newlyRepeated.size()).append(" shape")
				.append((newlyRepeated.size() == 1) ? " repeats" : "s repeat").append(" that did not");
		}
		message.append(" (").append(display(file)).append(")\n");
		message.append("-  statements: ").append(recorded.statements()).append('\n');
		message.append("+  statements: ").append(actual.statements()).append('\n');
		TreeSet<String> shapes = new TreeSet<>(recorded.shapes().keySet());
		shapes.addAll(actual.shapes().keySet());
		for (String shape : shapes) {
			Integer before = recorded.shapes().get(shape);
			Integer now = actual.shapes().get(shape);
			if (before != null && before.equals(now)) {
				continue;
			}
			if (before != null) {
				message.append('-').append(QueryRecordFile.shapeLine(shape, before).substring(1)).append('\n');
			}
			if (now != null) {
				message.append('+').append(QueryRecordFile.shapeLine(shape, now).substring(1));
				if (newlyRepeated.contains(shape)) {
					message.append("   <- repeats now");
				}
				message.append('\n');
			}
		}
		message.append("Fix the code, or accept the new numbers with -Dn1.record=update (never in CI) and commit ")
			.append(file.getFileName()).append(".\nWhat ran: ").append(queries.describe());
		return message.toString();
	}

}
