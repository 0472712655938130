package dev.n1query.core;

/**
 * The kind of a SQL statement, as used in reports and in the {@code type} tag of the
 * {@code n1.queries} meter.
 */
public enum StatementType {

	SELECT, INSERT, UPDATE, DELETE, OTHER;

	/** The lower-case name used as a tag value and in JSON. */
	public String tagValue() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static StatementType fromLeadingKeyword(String keyword) {
		return switch (keyword) {
			case "select", "with", "values", "table", "show" -> SELECT;
			case "insert", "replace" -> INSERT;
			case "update", "merge", "upsert" -> UPDATE;
			case "delete" -> DELETE;
			default -> OTHER;
		};
	}

}
