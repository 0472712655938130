package dev.n1query.core;

/**
 * The shape of a SQL statement: literals, parameters, {@code IN} lists and multi-row
 * {@code VALUES} collapsed, comments dropped, white space and case folded. Statements that
 * differ only in their values share a fingerprint.
 *
 * @param text the normalised statement
 * @param type the kind of statement
 * @param inListSize the number of values in the longest {@code IN (…)} list, 0 if none;
 * more than one means a batched load ({@code @BatchSize}, {@code findAllById})
 */
public record Fingerprint(String text, StatementType type, int inListSize) {

}
