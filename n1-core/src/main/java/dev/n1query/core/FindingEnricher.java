package dev.n1query.core;

/**
 * Adds what a technology knows to a finding, such as the JPA entity and association
 * behind an N+1 and the annotation that removes it.
 */
@FunctionalInterface
public interface FindingEnricher {

	/**
	 * Returns the finding, enriched where this enricher knows more, else unchanged.
	 * @param finding the finding
	 * @return the finding to report
	 */
	Finding enrich(Finding finding);

}
