package dev.n1query.jobs;

import dev.n1query.core.ScopeReport;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;

/**
 * Adds a scope's statement count, N+1 flag and N1 id to its observation as
 * high-cardinality key values: traces carry them, metrics do not.
 */
public class ObservationKeyValues implements ObservationReportObserver {

	/** Key of the statement count. */
	public static final String QUERIES = "n1.queries";

	/** Key of the N+1 flag. */
	public static final String N_PLUS_ONE = "n1.nplusone";

	/** Key of the scope's id ({@code X-N1-Request-Id} for a request). */
	public static final String REQUEST_ID = "n1.request.id";

	@Override
	public void onReport(Observation.Context context, ScopeReport report) {
		context.addHighCardinalityKeyValue(KeyValue.of(QUERIES, Integer.toString(report.queryCount())));
		context.addHighCardinalityKeyValue(KeyValue.of(N_PLUS_ONE, Boolean.toString(report.hasNPlusOne())));
		context.addHighCardinalityKeyValue(KeyValue.of(REQUEST_ID, report.id()));
	}

}
