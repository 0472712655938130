package dev.n1query.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the application frame that issued a statement by walking the current thread's
 * stack lazily with a {@link StackWalker}.
 * <ul>
 * <li>Frames of the application's own packages are always application code, whatever
 * prefix they share with a framework ({@code org.springframework.samples…}).</li>
 * <li>Frames of the JDK, Spring, Hibernate, JDBC drivers and pools, N1 itself and the
 * configured excluded packages are skipped, and so are generated frames: CGLIB, ByteBuddy
 * and JDK proxies, Hibernate's enhancement methods ({@code $$_hibernate_read_…}) with the
 * accessor that called them. Lambda proxies, bridges and reflection are hidden frames the
 * walker does not show; a lambda body is named after its enclosing method.</li>
 * <li>Code written by generators (classes named {@code …MapperImpl}, as MapStruct names
 * them) is shown as {@code via} behind the first hand-written frame.</li>
 * <li>After the call site, the walk goes on for at most {@value #MAX_CALLER_FRAMES}
 * frames to name up to {@value CallSite#MAX_CALLERS} outer application frames, and ends
 * where Spring invokes the handler method (a controller's or a listener's).</li>
 * </ul>
 * When the walk reaches a rendering layer (Thymeleaf, Jackson, the
 * {@code DispatcherServlet}) before any application frame, the statement was triggered
 * by rendering, and the scope's current activity (the view, or the serialized property)
 * names it instead.
 */
public final class CallSiteResolver {

	/** How many frames past the call site are looked at for its callers. */
	static final int MAX_CALLER_FRAMES = 40;

	private static final List<String> FRAMEWORK_PACKAGES = List.of("java.", "javax.", "jakarta.", "jdk.", "sun.",
			"com.sun.", "org.springframework.", "org.hibernate.", "net.ttddyy.dsproxy.", "com.zaxxer.hikari.",
			"org.h2.", "org.postgresql.", "org.mariadb.", "com.mysql.", "oracle.jdbc.", "com.microsoft.sqlserver.",
			"org.hsqldb.", "org.apache.", "org.eclipse.jetty.", "io.undertow.", "io.micrometer.", "org.aspectj.",
			"ch.qos.logback.", "org.slf4j.", "org.junit.", "org.mockito.", "net.bytebuddy.", "org.assertj.",
			"kotlin.", "kotlinx.", "reactor.", "io.opentelemetry.", "brave.", "org.jboss.", "com.github.benmanes.",
			"org.attoparser.", "com.p6spy."); // Thymeleaf and Jackson: RENDERING_PACKAGES

	// N1's own packages (the demo application is not among them): skipped even when an
	// application package encloses them.
	private static final String[] N1_PACKAGES = { "dev.n1query.core.", "dev.n1query.jdbc.", "dev.n1query.web.",
			"dev.n1query.jpa.", "dev.n1query.actuate.", "dev.n1query.metrics.", "dev.n1query.overlay.",
			"dev.n1query.autoconfigure.", "dev.n1query.context.", "dev.n1query.test." };

	private static final List<String> RENDERING_PACKAGES = List.of("org.thymeleaf.", "tools.jackson.",
			"com.fasterxml.jackson.", "org.springframework.web.servlet.DispatcherServlet",
			"org.springframework.web.servlet.view.");

	private static final String HIBERNATE_ENHANCEMENT = "$$_hibernate_";

	private static final StackWalker WALKER = StackWalker.getInstance();

	private final String[] frameworkPrefixes;

	private final String[] excludedPrefixes;

	private final String[] applicationPrefixes;

	/**
	 * Creates a resolver.
	 * @param excludedPackages further package prefixes to treat as framework code
	 * @param applicationPackages the application's own package prefixes: their frames are
	 * application code even under a framework's prefix
	 */
	public CallSiteResolver(List<String> excludedPackages, List<String> applicationPackages) {
		this.frameworkPrefixes = FRAMEWORK_PACKAGES.toArray(String[]::new);
		this.excludedPrefixes = prefixes(excludedPackages);
		this.applicationPrefixes = prefixes(applicationPackages);
	}

	/**
	 * Creates a resolver without application packages.
	 * @param excludedPackages further package prefixes to treat as framework code
	 */
	public CallSiteResolver(List<String> excludedPackages) {
		this(excludedPackages, List.of());
	}

	/** A resolver with the default framework packages only. */
	public CallSiteResolver() {
		this(List.of(), List.of());
	}

	private static String[] prefixes(List<String> packages) {
		List<String> prefixes = new ArrayList<>();
		for (String name : packages) {
			if (name != null && !name.isBlank()) {
				String prefix = name.strip();
				prefixes.add(prefix.endsWith(".") ? prefix : prefix + ".");
			}
		}
		return prefixes.toArray(String[]::new);
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
		return resolve(activity, (detail != null) ? () -> detail : null);
	}

	/**
	 * Resolves the call site of the statement being executed on this thread.
	 * @param activity what the scope is doing (rendering a view for a handler), or
	 * {@code null}
	 * @param detail a finer description of it, asked only when no application frame is
	 * found, or {@code null}
	 * @return the call site, never {@code null}
	 */
	public CallSite resolve(CallSite activity, ActivityDetail detail) {
		return resolve(activity, detail, null);
	}

	/**
	 * Resolves the call site of the statement being executed on this thread, stopping at
	 * it when it is the one last seen for the statement's shape: that one is returned, with
	 * the callers its walk found, so a repeated sample does not walk on for callers.
	 * @param activity what the scope is doing, or {@code null}
	 * @param detail a finer description of it, asked only when no application frame is
	 * found, or {@code null}
	 * @param lastSeen the call site last seen for this shape, or {@code null}
	 * @return the call site, never {@code null}
	 */
	public CallSite resolve(CallSite activity, ActivityDetail detail, CallSite lastSeen) {
		Walk walk = WALKER.walk((frames) -> {
			Walk state = new Walk();
			state.lastSeen = lastSeen;
			var iterator = frames.iterator();
			while (iterator.hasNext() && state.accept(iterator.next())) {
			}
			return state;
		});
		return walk.callSite(activity, detail);
	}

	/**
	 * Resolves the call site and keeps the stack below N1 and the JDBC proxy, in one walk:
	 * for the development panel's "stack" view.
	 * @param activity what the scope is doing, or {@code null}
	 * @param detail a finer description of it, or {@code null}
	 * @param depth the most frames of the stack to keep
	 * @return the call site and the stack, innermost frame first
	 */
	public Sample resolveWithStack(CallSite activity, ActivityDetail detail, int depth) {
		return WALKER.walk((frames) -> {
			List<String> stack = new ArrayList<>(depth);
			Walk walk = new Walk();
			boolean walking = true;
			var below = frames.dropWhile((frame) -> isInternal(frame.getClassName())).iterator();
			while (below.hasNext() && (walking || stack.size() < depth)) {
				StackWalker.StackFrame frame = below.next();
				if (stack.size() < depth) {
					stack.add(frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
							+ frame.getLineNumber() + ")");
				}
				walking = walking && walk.accept(frame);
			}
			return new Sample(walk.callSite(activity, detail), List.copyOf(stack));
		});
	}

	/**
	 * Resolves the call site and keeps the stack below N1 and the JDBC proxy, in one walk.
	 * @param activity what the scope is doing, or {@code null}
	 * @param detail a finer description of it, or {@code null}
	 * @param depth the most frames of the stack to keep
	 * @return the call site and the stack, innermost frame first
	 */
	public Sample resolveWithStack(CallSite activity, String detail, int depth) {
		return resolveWithStack(activity, (detail != null) ? () -> detail : null, depth);
	}

	/**
	 * A call site with the stack it was found in.
	 *
	 * @param callSite the call site
	 * @param stack the frames below N1, innermost first
	 */
	public record Sample(CallSite callSite, List<String> stack) {
	}

	private enum FrameKind {

		/** Framework, proxy or N1 code: walked past. */
		SKIPPED,
		/** A method generated into an application class (Hibernate's enhancement). */
		ENHANCEMENT,
		/** Code written by a generator (a MapStruct mapper): shown as "via". */
		GENERATED_CODE,
		/** A rendering layer: no application frame further out ran the statement. */
		RENDERING,
		/** Hand-written application code. */
		APPLICATION

	}

	/** The state of one walk: finds the call site, then its callers. */
	private final class Walk {

		private StackWalker.StackFrame found;

		private String via;

		private String enhancedClass;

		private List<CallSite> callers;

		private int framesPastCallSite;

		private boolean stoppedByRendering;

		// The call site last seen for the shape: when found again, the walk ends there.
		private CallSite lastSeen;

		private boolean foundLastSeen;

		/** Takes the next frame out; returns whether the walk should go on. */
		boolean accept(StackWalker.StackFrame frame) {
			String className = frame.getClassName();
			FrameKind kind = kind(className, frame);
			if (this.found == null) {
				switch (kind) {
					case RENDERING -> {
						this.stoppedByRendering = true;
						return false;
					}
					case ENHANCEMENT -> this.enhancedClass = className;
					case GENERATED_CODE -> {
						if (this.via == null) {
							this.via = simpleName(className) + "." + methodName(frame.getMethodName());
						}
					}
					case APPLICATION -> {
						// The accessor of an enhanced entity only reads its field: not a call site.
						if (!className.equals(this.enhancedClass)) {
							this.found = frame;
							if (this.lastSeen != null && isLastSeen(frame)) {
								this.foundLastSeen = true;
								return false;
							}
						}
					}
					default -> {
					}
				}
				return true;
			}
			if (kind == FrameKind.RENDERING || isHandlerInvocation(className)
					|| ++this.framesPastCallSite > MAX_CALLER_FRAMES) {
				return false;
			}
			if (kind != FrameKind.APPLICATION) {
				return true;
			}
			CallSite caller = CallSite.frame(className, methodName(frame.getMethodName()), frame.getFileName(),
					frame.getLineNumber());
			if (this.callers == null) {
				this.callers = new ArrayList<>(CallSite.MAX_CALLERS);
			}
			CallSite previous = this.callers.isEmpty() ? CallSite.frame(this.found.getClassName(),
					methodName(this.found.getMethodName()), null, -1) : this.callers.get(this.callers.size() - 1);
			if (sameMethod(previous, caller)) {
				return true; // a bridge method, a lambda's enclosing method, or recursion
			}
			this.callers.add(caller);
			return this.callers.size() < CallSite.MAX_CALLERS;
		}

		private boolean isLastSeen(StackWalker.StackFrame frame) {
			CallSite seen = this.lastSeen;
			return seen.isFrame() && frame.getLineNumber() == seen.lineNumber()
					&& frame.getClassName().equals(seen.className())
					&& methodName(frame.getMethodName()).equals(seen.methodName())
					&& Objects.equals(frame.getFileName(), seen.fileName()) && Objects.equals(this.via, seen.via());
		}

		CallSite callSite(CallSite activity, ActivityDetail detail) {
			if (this.foundLastSeen) {
				return this.lastSeen;
			}
			if (this.found != null && !this.stoppedByRendering) {
				CallSite callSite = CallSite.frame(this.found.getClassName(), methodName(this.found.getMethodName()),
						this.found.getFileName(), this.found.getLineNumber());
				return (this.via != null || this.callers != null)
						? callSite.withContext(this.via, (this.callers != null) ? this.callers : List.of())
						: callSite;
			}
			String description = (detail != null) ? detail.describe() : null;
			if (activity == null) {
				return (description != null) ? CallSite.trigger(description) : CallSite.UNKNOWN;
			}
			return (description != null) ? activity.withTrigger(description) : activity;
		}

	}

	private static boolean sameMethod(CallSite one, CallSite other) {
		return one.className().equals(other.className()) && one.methodName().equals(other.methodName());
	}

	// By class name first: a frame's method name costs a lookup, so it is read only for
	// frames of application classes (where enhancement methods live).
	private FrameKind kind(String className, StackWalker.StackFrame frame) {
		if (startsWithAny(className, N1_PACKAGES) || isGeneratedClass(className)) {
			return FrameKind.SKIPPED;
		}
		if (isRendering(className)) {
			return FrameKind.RENDERING;
		}
		if (startsWithAny(className, this.excludedPrefixes)) {
			return FrameKind.SKIPPED;
		}
		if (!startsWithAny(className, this.applicationPrefixes) && startsWithAny(className, this.frameworkPrefixes)) {
			return FrameKind.SKIPPED;
		}
		if (frame.getMethodName().startsWith(HIBERNATE_ENHANCEMENT)) {
			return FrameKind.ENHANCEMENT;
		}
		return isGeneratedCode(className) ? FrameKind.GENERATED_CODE : FrameKind.APPLICATION;
	}

	private static boolean startsWithAny(String className, String[] prefixes) {
		for (String prefix : prefixes) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isInternal(String className) {
		return className.startsWith("dev.n1query.core.") || className.startsWith("dev.n1query.jdbc.")
				|| className.startsWith("net.ttddyy.dsproxy.") || className.startsWith("jdk.proxy")
				|| className.startsWith("com.sun.proxy.") || className.startsWith("java.lang.reflect.")
				|| className.startsWith("jdk.internal.reflect.");
	}

	// Where Spring calls a handler method (MVC, WebFlux, messaging listeners): no application
	// frame lies between it and the framework's dispatch further out, so a caller walk ends
	// here and spares the stack walker the frames beyond (it fills them in batches).
	private static boolean isHandlerInvocation(String className) {
		return className.endsWith(".InvocableHandlerMethod") && className.startsWith("org.springframework.");
	}

	private static boolean isRendering(String className) {
		for (String prefix : RENDERING_PACKAGES) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	// CGLIB ($$SpringCGLIB$$), lambda proxies ($$Lambda), Hibernate and ByteBuddy proxies.
	private static boolean isGeneratedClass(String className) {
		return className.contains("$$") || className.contains("$HibernateProxy") || className.contains("$Proxy")
				|| className.contains("$ByteBuddy$");
	}

	// Annotation processors' @Generated is source-retained, so generated code is known by
	// name: MapStruct names the implementation of FooMapper FooMapperImpl.
	private static boolean isGeneratedCode(String className) {
		return className.endsWith("MapperImpl") || className.endsWith("MapperImpl_");
	}

	private static String simpleName(String className) {
		return className.substring(className.lastIndexOf('.') + 1);
	}

	// A lambda body, lambda$list$0, is named after its enclosing method.
	static String methodName(String methodName) {
		if (methodName.startsWith("lambda$")) {
			int end = methodName.indexOf('$', 7);
			if (end > 7) {
				String enclosing = methodName.substring(7, end);
				return switch (enclosing) {
					case "new" -> "<init>";
					case "static" -> "<clinit>";
					default -> enclosing;
				};
			}
		}
		return methodName;
	}

}
