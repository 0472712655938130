package dev.n1query.web;

import dev.n1query.core.ScopeReport;
import io.micrometer.common.KeyValue;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Adds the request's statement count, N+1 flag and N1 request id to Spring's HTTP server
 * observation as high-cardinality key values: traces carry them, metrics do not (so no
 * cardinality is added to {@code http.server.requests}).
 */
public class ObservationKeyValuesObserver implements RequestReportObserver {

	/** Key of the statement count. */
	public static final String QUERIES = "n1.queries";

	/** Key of the N+1 flag. */
	public static final String N_PLUS_ONE = "n1.nplusone";

	/** Key of the request id. */
	public static final String REQUEST_ID = "n1.request.id";

	@Override
	public void onRequestReport(HttpServletRequest request, ScopeReport report) {
		ServerHttpObservationFilter.findObservationContext(request).ifPresent((context) -> {
			context.addHighCardinalityKeyValue(KeyValue.of(QUERIES, Integer.toString(report.queryCount())));
			context.addHighCardinalityKeyValue(KeyValue.of(N_PLUS_ONE, Boolean.toString(report.hasNPlusOne())));
			context.addHighCardinalityKeyValue(KeyValue.of(REQUEST_ID, report.id()));
		});
	}

}
