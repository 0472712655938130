package dev.n1query.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Finds the application frame that issued a statement by walking the current thread's
 * stack lazily with a {@link StackWalker}: frames of the JDK, Spring, Hibernate, JDBC
 * drivers and pools, generated proxies and N1 itself are skipped; the walk stops at the
 * first other frame. When the walk reaches a rendering layer (Thymeleaf, Jackson, the
 * {@code DispatcherServlet}) before any application frame, the statement was triggered
 * by rendering, and the scope's current activity (the view, or the serialized property)
 * names it instead.
 */
public final class CallSiteResolver {

	private static final List<String> FRAMEWORK_PACKAGES = List.of("java.", "javax.", "jakarta.", "jdk.", "sun.",
			"com.sun.", "org.springframework.", "org.hibernate.", "net.ttddyy.dsproxy.", "com.zaxxer.hikari.",
			"org.h2.", "org.postgresql.", "org.mariadb.", "com.mysql.", "oracle.jdbc.", "com.microsoft.sqlserver.",
			"org.hsqldb.", "org.apache.", "org.eclipse.jetty.", "io.undertow.", "io.micrometer.", "org.aspectj.",
			"ch.qos.logback.", "org.slf4j.", "org.junit.", "org.mockito.", "net.bytebuddy.", "org.assertj.",
			"kotlin.", "kotlinx.", "reactor.", "io.opentelemetry.", "brave.", "org.jboss.", "com.github.benmanes.",
			"org.attoparser.", "com.p6spy.", // Thymeleaf and Jackson: RENDERING_PACKAGES
			// N1's own packages (the demo application is not among them)
			"dev.n1query.core.", "dev.n1query.jdbc.", "dev.n1query.web.", "dev.n1query.jpa.",
			"dev.n1query.actuate.", "dev.n1query.metrics.", "dev.n1query.overlay.", "dev.n1query.autoconfigure.",
			"dev.n1query.test.");

	private static final List<String> RENDERING_PACKAGES = List.of("org.thymeleaf.", "tools.jackson.",
			"com.fasterxml.jackson.", "org.springframework.web.servlet.DispatcherServlet",
			"org.springframework.web.servlet.view.");

	private static final StackWalker WALKER = StackWalker.getInstance();

	private final String[] skippedPrefixes;

	/**
	 * Creates a resolver.
	 * @param excludedPackages further package prefixes to treat as framework code
	 */
	public CallSiteResolver(List<String> excludedPackages) {
		List<String> prefixes = new ArrayList<>(FRAMEWORK_PACKAGES);
		for (String excluded : excludedPackages) {
			if (excluded != null && !excluded.isBlank()) {
				String prefix = excluded.strip();
				prefixes.add(prefix.endsWith(".") ? prefix : prefix + ".");
			}
		}
		this.skippedPrefixes = prefixes.toArray(String[]::new);
	}

	/** A resolver with the default framework packages only. */
	public CallSiteResolver() {
		this(List.of());
	}

	/**
	 * Resolves the call site of the statement being executed on this thread.
	 * @param activity what the scope is doing (rendering a view for a handler), or
	 * {@code null}
	 * @param detail a finer description of it (serializing {@code Author.books}), or
	 * {@code null}
	 * @return the call site, never {@code null}
	 */
	public CallSite resolve(CallSite activity, String detail) {
		StackWalker.StackFrame found = WALKER
			.walk((frames) -> frames.filter((frame) -> !isSkipped(frame.getClassName())).findFirst().orElse(null));
		return callSite(found, activity, detail);
	}

	/**
	 * Resolves the call site and keeps the stack below N1 and the JDBC proxy, in one walk:
	 * for the development panel's "stack" view.
	 * @param activity what the scope is doing, or {@code null}
	 * @param detail a finer description of it, or {@code null}
	 * @param depth the most frames of the stack to keep
	 * @return the call site and the stack, innermost frame first
	 */
	public Sample resolveWithStack(CallSite activity, String detail, int depth) {
		return WALKER.walk((frames) -> {
			List<String> stack = new ArrayList<>(depth);
			StackWalker.StackFrame found = null;
			Iterator<StackWalker.StackFrame> below = frames.dropWhile((frame) -> isInternal(frame.getClassName()))
				.iterator();
			while (below.hasNext() && (found == null || stack.size() < depth)) {
				StackWalker.StackFrame frame = below.next();
				if (stack.size() < depth) {
					stack.add(frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
							+ frame.getLineNumber() + ")");
				}
				if (found == null && !isSkipped(frame.getClassName())) {
					found = frame;
				}
			}
			return new Sample(callSite(found, activity, detail), List.copyOf(stack));
		});
	}

	/**
	 * A call site with the stack it was found in.
	 *
	 * @param callSite the call site
	 * @param stack the frames below N1, innermost first
	 */
	public record Sample(CallSite callSite, List<String> stack) {
	}

	private static CallSite callSite(StackWalker.StackFrame found, CallSite activity, String detail) {
		if (found != null && !isRendering(found.getClassName())) {
			return CallSite.frame(found.getClassName(), found.getMethodName(), found.getFileName(),
					found.getLineNumber());
		}
		if (activity == null) {
			return (detail != null) ? CallSite.trigger(detail) : CallSite.UNKNOWN;
		}
		return (detail != null) ? activity.withTrigger(detail) : activity;
	}


	private static boolean isInternal(String className) {
		return className.startsWith("dev.n1query.core.") || className.startsWith("dev.n1query.jdbc.")
				|| className.startsWith("net.ttddyy.dsproxy.") || className.startsWith("jdk.proxy")
				|| className.startsWith("com.sun.proxy.") || className.startsWith("java.lang.reflect.")
				|| className.startsWith("jdk.internal.reflect.");
	}

	// Rendering frames are framework frames too, but the walk must stop at them: any
	// application frame further down (a filter, the test) is not what ran the statement.
	private boolean isSkipped(String className) {
		if (isRendering(className)) {
			return false;
		}
		if (isGenerated(className)) {
			return true;
		}
		for (String prefix : this.skippedPrefixes) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRendering(String className) {
		for (String prefix : RENDERING_PACKAGES) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isGenerated(String className) {
		return className.contains("$$") || className.contains("$HibernateProxy") || className.contains("$Proxy")
				|| className.contains("$ByteBuddy$");
	}

}
