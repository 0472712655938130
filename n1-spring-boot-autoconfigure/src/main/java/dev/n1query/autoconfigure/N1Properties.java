package dev.n1query.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.n1query.core.DetectionMode;
import dev.n1query.core.ReportHistory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties for N1, under {@code n1.}. They validate themselves when bound
 * (Spring Boot calls a properties bean that is a {@link Validator}), so an invalid value
 * fails startup with a message naming the property and its allowed range, with or
 * without a Bean Validation provider on the classpath.
 */
@ConfigurationProperties("n1")
public class N1Properties implements Validator {

	/**
	 * Whether N1 is enabled. When false, no DataSource is wrapped and nothing is tracked.
	 */
	private boolean enabled = true;

	private final Detection detection = new Detection();

	private final Safelist safelist = new Safelist();

	private final Jdbc jdbc = new Jdbc();

	private final History history = new History();

	private final Actuator actuator = new Actuator();

	private final Metrics metrics = new Metrics();

	private final Overlay overlay = new Overlay();

	private final Web web = new Web();

	private final Log log = new Log();

	private final Async async = new Async();

	private final Jobs jobs = new Jobs();

	private final Tracing tracing = new Tracing();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Detection getDetection() {
		return this.detection;
	}

	public Safelist getSafelist() {
		return this.safelist;
	}

	public Jdbc getJdbc() {
		return this.jdbc;
	}

	public History getHistory() {
		return this.history;
	}

	public Actuator getActuator() {
		return this.actuator;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	public Overlay getOverlay() {
		return this.overlay;
	}

	public Log getLog() {
		return this.log;
	}

	public Async getAsync() {
		return this.async;
	}

	public Jobs getJobs() {
		return this.jobs;
	}

	public Tracing getTracing() {
		return this.tracing;
	}

	@Override
	public boolean supports(Class<?> type) {
		return N1Properties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		N1Properties properties = (N1Properties) target;
		atLeast(errors, "detection.threshold", properties.detection.threshold, 2);
		atLeast(errors, "detection.max-statements", properties.detection.maxStatements, 0);
		atLeast(errors, "detection.min-analysed-per-second", properties.detection.minAnalysedPerSecond, 0);
		double sampleRate = properties.detection.sampleRate;
		if (!(sampleRate >= 0 && sampleRate <= 1)) {
			reject(errors, "detection.sample-rate", sampleRate, "must be between 0 and 1");
		}
		atLeast(errors, "history.size", properties.history.size, 0);
		if (properties.history.size > ReportHistory.MAX_CAPACITY) {
			reject(errors, "history.size", properties.history.size, "must be at most " + ReportHistory.MAX_CAPACITY);
		}
		atLeast(errors, "history.hotspots", properties.history.hotspots, 0);
		atLeast(errors, "metrics.max-uri-tags", properties.metrics.maxUriTags, 1);
		atLeast(errors, "metrics.max-job-tags", properties.metrics.maxJobTags, 1);
		atLeast(errors, "overlay.stack-depth", properties.overlay.stackDepth, 0);
		atLeast(errors, "log.max-findings", properties.log.maxFindings, 1);
		atLeast(errors, "tracing.max-events", properties.tracing.maxEvents, 0);
		if (properties.jdbc.proxyFactory == null) {
			reject(errors, "jdbc.proxy-factory", null, "must be n1 or jdk");
		}
		Duration repeatInterval = properties.log.repeatInterval;
		if (repeatInterval == null || repeatInterval.isNegative()) {
			reject(errors, "log.repeat-interval", repeatInterval, "must not be negative");
		}
		Duration explainTimeout = properties.overlay.explainTimeout;
		if (explainTimeout == null || explainTimeout.isNegative() || explainTimeout.isZero()) {
			reject(errors, "overlay.explain-timeout", explainTimeout, "must be positive");
		}
		String path = properties.overlay.path;
		if (path == null || path.isBlank() || path.equals("/")) {
			reject(errors, "overlay.path", "'" + path + "'", "must be a path prefix such as /n1");
		}
	}

	private static void atLeast(Errors errors, String property, int value, int minimum) {
		if (value < minimum) {
			reject(errors, property, value, "must be at least " + minimum);
		}
	}

	// The message names the full property, so it reads well in any exception or log.
	private static void reject(Errors errors, String property, Object value, String rule) {
		String field = camelCase(property);
		errors.rejectValue(field, "n1.invalid", "n1." + property + " " + rule + ", was " + value);
	}

	private static String camelCase(String property) {
		StringBuilder field = new StringBuilder(property.length());
		boolean upper = false;
		for (char c : property.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				field.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return field.toString();
	}

	public Web getWeb() {
		return this.web;
	}

	/** What N1 adds to the application's HTTP responses. */
	public static class Web {

		/**
		 * Which clients get the X-N1-Request-Id and Server-Timing response headers:
		 * 'panel-clients' (those allowed to see the development panel: loopback and
		 * n1.overlay.allowed-addresses, for a loopback host or n1.overlay.allowed-hosts),
		 * 'all' or 'none'.
		 */
		private ResponseHeaders responseHeaders = ResponseHeaders.PANEL_CLIENTS;

		public ResponseHeaders getResponseHeaders() {
			return this.responseHeaders;
		}

		public void setResponseHeaders(ResponseHeaders responseHeaders) {
			this.responseHeaders = responseHeaders;
		}

	}

	/** The development panel drawn on HTML pages. */
	public static class Overlay {

		/**
		 * Whether to draw the development panel (a badge opening a query panel) on HTML
		 * pages and serve it under n1.overlay.path. For development only: it shows SQL and
		 * parameter values and can run EXPLAIN.
		 */
		private boolean enabled = false;

		/**
		 * Client IP addresses or CIDR ranges, besides loopback, that get the panel. Empty:
		 * loopback clients only. X-Forwarded-For counts only when the application trusts
		 * forwarded headers (server.forward-headers-strategy).
		 */
		private List<String> allowedAddresses = new ArrayList<>();

		/**
		 * Host names or IP addresses, without port, besides the loopback names (localhost,
		 * *.localhost, 127.0.0.1, [::1]), that requests for the panel and N1's headers may
		 * name in their Host header. A leading dot allows a domain and its subdomains
		 * (.example.test). Requests naming any other host, as a DNS-rebinding page does,
		 * are refused.
		 */
		private List<String> allowedHosts = new ArrayList<>();

		/**
		 * Path prefix under which the panel's assets, data and EXPLAIN are served.
		 */
		private String path = "/n1";

		/**
		 * Query timeout for the panel's EXPLAIN. JDBC counts whole seconds: fractions are
		 * dropped, and less than a second counts as one.
		 */
		private Duration explainTimeout = Duration.ofSeconds(5);

		/**
		 * Frames kept of one stack per statement group, shown by the panel's 'stack'
		 * button.
		 */
		private int stackDepth = 40;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public List<String> getAllowedAddresses() {
			return this.allowedAddresses;
		}

		public void setAllowedAddresses(List<String> allowedAddresses) {
			this.allowedAddresses = allowedAddresses;
		}

		public List<String> getAllowedHosts() {
			return this.allowedHosts;
		}

		public void setAllowedHosts(List<String> allowedHosts) {
			this.allowedHosts = allowedHosts;
		}

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public Duration getExplainTimeout() {
			return this.explainTimeout;
		}

		public void setExplainTimeout(Duration explainTimeout) {
			this.explainTimeout = explainTimeout;
		}

		public int getStackDepth() {
			return this.stackDepth;
		}

		public void setStackDepth(int stackDepth) {
			this.stackDepth = stackDepth;
		}

	}

	/** Micrometer meters ({@code n1.*}). */
	public static class Metrics {

		/**
		 * Whether to publish N1's Micrometer meters (n1.request.queries,
		 * n1.request.query.time, n1.nplusone.detections, n1.duplicates.detections,
		 * n1.queries, n1.job.*).
		 */
		private boolean enabled = true;

		/**
		 * Whether n1.request.queries and n1.request.query.time publish histogram buckets,
		 * for percentiles across instances (histogram_quantile in Prometheus).
		 */
		private boolean percentilesHistogram = false;

		/**
		 * Most distinct 'uri' tag values on n1.* meters; meters for further routes are not
		 * registered (logged once).
		 */
		private int maxUriTags = 100;

		/**
		 * Most distinct 'job.name' tag values on n1.* meters; meters for further jobs are
		 * not registered (logged once).
		 */
		private int maxJobTags = 100;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isPercentilesHistogram() {
			return this.percentilesHistogram;
		}

		public void setPercentilesHistogram(boolean percentilesHistogram) {
			this.percentilesHistogram = percentilesHistogram;
		}

		public int getMaxUriTags() {
			return this.maxUriTags;
		}

		public void setMaxUriTags(int maxUriTags) {
			this.maxUriTags = maxUriTags;
		}

		public int getMaxJobTags() {
			return this.maxJobTags;
		}

		public void setMaxJobTags(int maxJobTags) {
			this.maxJobTags = maxJobTags;
		}

	}

	/** What is kept of past requests and jobs. */
	public static class History {

		/**
		 * Recent requests and jobs kept for the actuator endpoint and the panel, newest
		 * first; older ones are evicted. From 0 (keeps none) to 100000.
		 */
		private int size = 100;

		/**
		 * Places (route, statement shape, call site) kept in the hotspot aggregate; when
		 * full, the one with the fewest findings, least recently seen, is evicted.
		 */
		private int hotspots = 200;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

		public int getHotspots() {
			return this.hotspots;
		}

		public void setHotspots(int hotspots) {
			this.hotspots = hotspots;
		}

	}

	/** The {@code queries} actuator endpoint. */
	public static class Actuator {

		/**
		 * When to show bound parameter values in the endpoint: 'never' (masked),
		 * 'when-authorized' or 'always'.
		 */
		private ShowParameters showParameters = ShowParameters.NEVER;

		/**
		 * Roles allowed to see parameter values when show-parameters is 'when-authorized'.
		 * When empty, any authenticated user is.
		 */
		private Set<String> roles = new LinkedHashSet<>();

		public ShowParameters getShowParameters() {
			return this.showParameters;
		}

		public void setShowParameters(ShowParameters showParameters) {
			this.showParameters = showParameters;
		}

		public Set<String> getRoles() {
			return this.roles;
		}

		public void setRoles(Set<String> roles) {
			this.roles = roles;
		}

	}

	/** How statements are analysed. */
	public static class Detection {

		/**
		 * What to do with N+1 findings: 'log' one WARN each, 'fail' by throwing an
		 * exception when the request or job ends (for tests and development), or 'off' to
		 * only count statements.
		 */
		private DetectionMode mode = DetectionMode.LOG;

		/**
		 * Executions of one statement shape from one call site, with differing values, in
		 * one request or job, that make an N+1. At least 2.
		 */
		private int threshold = 3;

		/**
		 * Statements stored per request or job, for reports. Later statements are still
		 * counted and analysed.
		 */
		private int maxStatements = 500;

		/**
		 * Fraction of HTTP requests analysed past min-analysed-per-second, from 0 to 1.
		 * Every request is still counted and metered (statements per request, by kind); the
		 * others are not stored or analysed, and find nothing. Jobs are always analysed, and
		 * so is every request in 'fail' mode, while the development panel
		 * (n1.overlay.enabled) is on, and in tests using N1's test module.
		 */
		private double sampleRate = 0.002;

		/**
		 * HTTP requests analysed per second whatever the sample rate, on average; quiet
		 * seconds save up to 10 seconds' worth, analysed at once when a burst comes (20 at
		 * the default). An application serving up to this many requests a second has every
		 * one analysed. At least 0.
		 */
		private int minAnalysedPerSecond = 2;

		/**
		 * Package prefixes to skip, besides the JDK's, Spring's, Hibernate's and N1's own,
		 * when looking for the application code that issued a statement (for example your
		 * own data-access helpers).
		 */
		private List<String> excludedPackages = new ArrayList<>();

		/**
		 * Package prefixes of the application's own code, besides the package of the
		 * application class (AutoConfigurationPackages), which is always included. Frames
		 * in them are the application's call sites even where they share a prefix with a
		 * framework (org.springframework.samples…); excluded packages still win.
		 */
		private List<String> applicationPackages = new ArrayList<>();

		/**
		 * Whether to report associations fetched eagerly (JOIN FETCH, @EntityGraph, EAGER
		 * mappings) that the response never read, with JPA/Hibernate and Thymeleaf or
		 * Jackson views. Reported at INFO, never failing a request.
		 */
		private boolean unusedEagerLoading = true;

		public DetectionMode getMode() {
			return this.mode;
		}

		public void setMode(DetectionMode mode) {
			this.mode = mode;
		}

		public int getThreshold() {
			return this.threshold;
		}

		public void setThreshold(int threshold) {
			this.threshold = threshold;
		}

		public int getMaxStatements() {
			return this.maxStatements;
		}

		public void setMaxStatements(int maxStatements) {
			this.maxStatements = maxStatements;
		}

		public double getSampleRate() {
			return this.sampleRate;
		}

		public void setSampleRate(double sampleRate) {
			this.sampleRate = sampleRate;
		}

		public int getMinAnalysedPerSecond() {
			return this.minAnalysedPerSecond;
		}

		public void setMinAnalysedPerSecond(int minAnalysedPerSecond) {
			this.minAnalysedPerSecond = minAnalysedPerSecond;
		}

		public List<String> getExcludedPackages() {
			return this.excludedPackages;
		}

		public void setExcludedPackages(List<String> excludedPackages) {
			this.excludedPackages = excludedPackages;
		}

		public List<String> getApplicationPackages() {
			return this.applicationPackages;
		}

		public void setApplicationPackages(List<String> applicationPackages) {
			this.applicationPackages = applicationPackages;
		}

		public boolean isUnusedEagerLoading() {
			return this.unusedEagerLoading;
		}

		public void setUnusedEagerLoading(boolean unusedEagerLoading) {
			this.unusedEagerLoading = unusedEagerLoading;
		}

	}

	/** Findings the application accepts and N1 should not report. */
	public static class Safelist {

		/**
		 * Fragments of statement fingerprints to ignore, matched case-insensitively, for
		 * example 'from app_settings'.
		 */
		private List<String> queries = new ArrayList<>();

		/**
		 * Fragments of call sites to ignore, matched against 'com.acme.Class.method' and
		 * 'Class.method(Class.java:12)', for example 'com.acme.legacy.' or
		 * 'ReportJob.run'.
		 */
		private List<String> callSites = new ArrayList<>();

		/**
		 * Route patterns whose requests are not analysed, matched against the route
		 * template and the path; '*' matches within one path segment, '**' across
		 * segments, for example '/admin/**'.
		 */
		private List<String> urls = new ArrayList<>();

		public List<String> getQueries() {
			return this.queries;
		}

		public void setQueries(List<String> queries) {
			this.queries = queries;
		}

		public List<String> getCallSites() {
			return this.callSites;
		}

		public void setCallSites(List<String> callSites) {
			this.callSites = callSites;
		}

		public List<String> getUrls() {
			return this.urls;
		}

		public void setUrls(List<String> urls) {
			this.urls = urls;
		}

	}

	/** How DataSources are observed. */
	public static class Jdbc {

		/**
		 * Names of DataSource beans that N1 must not wrap.
		 */
		private List<String> excludedDataSourceBeans = new ArrayList<>();

		/**
		 * What makes the connection and statement proxies: 'n1' (N1's own delegating
		 * classes, calling the driver directly) or 'jdk' (datasource-proxy's JDK dynamic
		 * proxies, as before). Both serve datasource-proxy's listener API alike.
		 */
		private JdbcProxyFactoryType proxyFactory = JdbcProxyFactoryType.N1;

		public JdbcProxyFactoryType getProxyFactory() {
			return this.proxyFactory;
		}

		public void setProxyFactory(JdbcProxyFactoryType proxyFactory) {
			this.proxyFactory = proxyFactory;
		}

		public List<String> getExcludedDataSourceBeans() {
			return this.excludedDataSourceBeans;
		}

		public void setExcludedDataSourceBeans(List<String> excludedDataSourceBeans) {
			this.excludedDataSourceBeans = excludedDataSourceBeans;
		}

	}

	/** The log lines of findings. */
	public static class Log {

		/**
		 * How long repeats of a finding (kind, route or job, statement shape, call site)
		 * are only counted after it was logged in full; then one summary line per finding
		 * that recurred is logged. 0 logs every occurrence in full.
		 */
		private Duration repeatInterval = Duration.ofMinutes(5);

		/**
		 * Findings remembered for the repeat summaries; when full, the one seen least
		 * recently is forgotten (and logged in full again if it recurs).
		 */
		private int maxFindings = 1_000;

		public Duration getRepeatInterval() {
			return this.repeatInterval;
		}

		public void setRepeatInterval(Duration repeatInterval) {
			this.repeatInterval = repeatInterval;
		}

		public int getMaxFindings() {
			return this.maxFindings;
		}

		public void setMaxFindings(int maxFindings) {
			this.maxFindings = maxFindings;
		}

	}

	/** Work handed to other threads. */
	public static class Async {

		/**
		 * Whether tasks run by Spring Boot's auto-configured task executors (@Async,
		 * applicationTaskExecutor, MVC async) and task scheduler are recorded in the
		 * request or job that submitted them.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/** Job scopes opened from Micrometer observations (@Scheduled runs, message listeners). */
	public static class Jobs {

		/**
		 * Whether every @Scheduled run and every observed message listener call (Kafka,
		 * Rabbit, JMS with observation enabled) is tracked as a job.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/** Findings on trace spans (where Micrometer Tracing is present). */
	public static class Tracing {

		/**
		 * Whether each finding is added as an event to the span of its request or job.
		 */
		private boolean enabled = true;

		/**
		 * The most finding events added to one span; the span's n1.* attributes still count
		 * them all.
		 */
		private int maxEvents = 10;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxEvents() {
			return this.maxEvents;
		}

		public void setMaxEvents(int maxEvents) {
			this.maxEvents = maxEvents;
		}

	}

}
