package dev.n1query.web;

import dev.n1query.core.ScopeReport;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Told about each request's report while the request is still being processed (before
 * outer filters such as Spring's observation filter complete), to attach what N1 found
 * to other request-scoped instrumentation.
 */
@FunctionalInterface
public interface RequestReportObserver {

	/**
	 * Called once per tracked request, after its scope is analysed.
	 * @param request the request
	 * @param report its report
	 */
	void onRequestReport(HttpServletRequest request, ScopeReport report);

}
