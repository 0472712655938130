package dev.n1query.jobs;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.n1query.core.N1Failures;
import dev.n1query.core.NPlusOneDetectedException;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.core.KotlinDetector;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.util.ClassUtils;

/**
 * Opens a job scope for every observed unit of background work, without proxying any
 * bean: each {@code @Scheduled} run (Spring's {@code tasks.scheduled.execution}
 * observation), named {@code Bean.method}, and each message listener call that Spring
 * observes (Kafka, Rabbit, JMS with their observation enabled), named after the listener's
 * id where the application chose one (without the {@code -0} suffix of concurrent
 * containers), else after the observation ({@code orders process}).
 * <p>
 * The scope is opened and closed on the thread the observation starts and stops on, the
 * one that does the work. A reactive {@code @Scheduled} method's scope (Spring subscribes to
 * what it returns and stops the observation on the publisher's thread) counts what runs on
 * the scheduler's thread until that thread starts its next task, which gets a scope of its
 * own. An observation that starts while a scope is already bound (a scheduled call inside a
 * request, a listener invoked synchronously from a job) opens no second scope: its
 * statements belong to the enclosing one.
 */
public class JobScopeObservationHandler implements ObservationHandler<Observation.Context> {

	/**
	 * The contexts of message listener calls in Spring Kafka, Spring AMQP and Spring JMS,
	 * by name (handlers are chosen when the observation is created, before it has a name).
	 */
	static final Set<String> LISTENER_CONTEXTS = Set.of(
			"org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext",
			"org.springframework.amqp.rabbit.support.micrometer.RabbitMessageReceiverContext",
			"io.micrometer.jakarta9.instrument.jms.JmsProcessObservationContext");

	// The child containers of a concurrent listener container are named id-0, id-1 …
	private static final Pattern CONCURRENCY_SUFFIX = Pattern.compile("-\\d+$");

	private final QueryTracker tracker;

	private final List<ObservationReportObserver> observers;

	// Reactive jobs started and not stopped yet, while still bound to the thread that started
	// them: until it starts its next task (nothing else tells when subscribing ended). So at
	// most one per thread, also for publishers that never complete.
	private final Set<QueryScope> runningReactiveJobs = ConcurrentHashMap.newKeySet();

	/**
	 * Creates the handler.
	 * @param tracker the tracker scopes are opened with
	 * @param observers told about each job's report before its observation stops
	 */
	public JobScopeObservationHandler(QueryTracker tracker, List<ObservationReportObserver> observers) {
		this.tracker = tracker;
		this.observers = List.copyOf(observers);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof ScheduledTaskObservationContext
				|| LISTENER_CONTEXTS.contains(context.getClass().getName());
	}

	@Override
	public void onStart(Observation.Context context) {
		try {
			QueryScope current = this.tracker.current();
			if (current != null && this.runningReactiveJobs.remove(current)) {
				// A reactive job this thread started, still running on its publisher's
				// threads: this task is not part of it.
				this.tracker.detach(current);
				current = this.tracker.current();
			}
			if (current != null && !current.isClosed()) {
				return; // nested in a request or another job
			}
			QueryScope scope = this.tracker.open(ScopeKind.JOB, jobName(context));
			if (isReactive(context)) {
				this.runningReactiveJobs.add(scope);
			}
			context.put(JobScope.class, new JobScope(scope));
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("opening a job scope", ex);
		}
	}

	// A @Scheduled method returning a Publisher, Mono, CompletableFuture … or a Kotlin suspend
	// function: Spring starts the observation, subscribes (what runs while subscribing runs on
	// this thread) and stops the observation when the publisher completes, on its thread.
	private static boolean isReactive(Observation.Context context) {
		if (!(context instanceof ScheduledTaskObservationContext scheduled)) {
			return false;
		}
		Method method = scheduled.getMethod();
		return KotlinDetector.isSuspendingFunction(method)
				|| ReactiveAdapterRegistry.getSharedInstance().getAdapter(method.getReturnType()) != null;
	}

	@Override
	public void onStop(Observation.Context context) {
		JobScope job = context.get(JobScope.class);
		if (job == null) {
			return;
		}
		context.remove(JobScope.class);
		this.runningReactiveJobs.remove(job.scope());
		try {
			job.scope().close();
		}
		catch (NPlusOneDetectedException ex) {
			// Fail mode: the report was logged; throwing here would skip the other handlers.
			N1Failures.swallow("job " + job.scope().name() + " (fail mode)", ex);
		}
		ScopeReport report = job.scope().report();
		if (report == null) {
			return;
		}
		for (ObservationReportObserver observer : this.observers) {
			try {
				observer.onReport(context, report);
			}
			catch (RuntimeException | LinkageError ex) {
				N1Failures.swallow("observation report observer " + observer.getClass().getName(), ex);
			}
		}
	}

	static String jobName(Observation.Context context) {
		if (context instanceof ScheduledTaskObservationContext scheduled) {
			return ClassUtils.getUserClass(scheduled.getTargetClass()).getSimpleName() + "."
					+ scheduled.getMethod().getName();
		}
		for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
			if (keyValue.getKey().endsWith("listener.id") && !keyValue.getValue().startsWith("org.springframework.")
					&& !keyValue.getValue().isEmpty()) {
				return CONCURRENCY_SUFFIX.matcher(keyValue.getValue()).replaceFirst("");
			}
		}
		return (context.getContextualName() != null) ? context.getContextualName() : context.getName();
	}

	/** The scope a job's observation opened. */
	private record JobScope(QueryScope scope) {
	}

}
