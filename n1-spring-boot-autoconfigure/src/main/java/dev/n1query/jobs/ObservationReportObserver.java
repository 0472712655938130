package dev.n1query.jobs;

import dev.n1query.core.ScopeReport;
import io.micrometer.observation.Observation;

/**
 * Told about the report of a scope that stands for an observation (a job's, or an HTTP
 * request's server observation) while the observation is still open, so what N1 found can
 * be attached to it: key values, span events.
 */
@FunctionalInterface
public interface ObservationReportObserver {

	/**
	 * Called once per scope, after it is analysed and before its observation stops.
	 * @param context the observation's context
	 * @param report the scope's report
	 */
	void onReport(Observation.Context context, ScopeReport report);

}
