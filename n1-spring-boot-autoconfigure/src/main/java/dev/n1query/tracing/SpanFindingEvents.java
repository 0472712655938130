package dev.n1query.tracing;

import dev.n1query.core.Finding;
import dev.n1query.core.ReportFormatter;
import dev.n1query.core.ScopeReport;
import dev.n1query.jobs.ObservationReportObserver;
import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;

/**
 * Adds each finding of a request or job as an event on its trace span, at most
 * {@code maxEvents} per span: N+1 patterns first, then exact duplicates. An event reads
 * {@code n1.nplusone count=12 callSite=CustomerController.list(CustomerController.java:27)
 * fingerprint=select … where customer_id = ?}: Micrometer Tracing's events carry one
 * string (Zipkin annotations, OpenTelemetry event names), so the count and the fingerprint
 * travel in it. SQL goes to traces only, never to metric tags.
 */
public class SpanFindingEvents implements ObservationReportObserver {

	/** The event name of an N+1 finding. */
	public static final String N_PLUS_ONE = "n1.nplusone";

	/** The event name of an exact-duplicate finding. */
	public static final String DUPLICATE = "n1.duplicate";

	private final int maxEvents;

	/**
	 * Creates the observer.
	 * @param maxEvents the most events added to one span
	 */
	public SpanFindingEvents(int maxEvents) {
		this.maxEvents = maxEvents;
	}

	@Override
	public void onReport(Observation.Context context, ScopeReport report) {
		if (!report.hasFindings() || this.maxEvents == 0) {
			return;
		}
		TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
		Span span = (tracing != null) ? tracing.getSpan() : null;
		if (span == null || span.isNoop()) {
			return;
		}
		int added = 0;
		for (Finding finding : report.nPlusOne()) {
			if (added++ == this.maxEvents) {
				return;
			}
			span.event(describe(N_PLUS_ONE, finding));
		}
		for (Finding finding : report.duplicates()) {
			if (added++ == this.maxEvents) {
				return;
			}
			span.event(describe(DUPLICATE, finding));
		}
	}

	static String describe(String name, Finding finding) {
		String fingerprint = finding.isLoop() ? "a loop of " + finding.members().size() + " statements per item"
				: ReportFormatter.shorten(finding.fingerprint());
		return name + " count=" + finding.count() + " callSite=" + finding.callSite() + " fingerprint=" + fingerprint;
	}

}
