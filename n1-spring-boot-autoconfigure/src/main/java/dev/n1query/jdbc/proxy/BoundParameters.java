package dev.n1query.jdbc.proxy;

/**
 * What a prepared statement keeps of the parameters bound to it for its listeners:
 * {@link BoundValues} for a direct listener, {@link ParameterOperations} for
 * datasource-proxy's listeners. The statement's own JDBC calls map onto these.
 */
interface BoundParameters {

	/** Forgets the parameters bound (clearParameters). */
	void clear();

	/** Adds the parameters bound to the batch and starts anew (addBatch). */
	void addBatch();

	/** Forgets the batch (clearBatch). */
	void clearBatch();

	/** The entries added to the batch so far. */
	int batchSize();

}
