package dev.n1query.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a statement came from: the first stack frame of the application's own code, or,
 * when no such frame is on the stack (a lazy load while a template renders or while JSON
 * is written), a description of what triggered it.
 * <p>
 * Two call sites are equal when their innermost location is: the outer {@link #callers()}
 * and the {@link #via()} are what one sample saw and do not split a group.
 *
 * @param className the fully qualified class name; for a trigger, the handler's class
 * when known, else {@code null}
 * @param methodName the method name; for a trigger, the handler's method when known
 * @param fileName the source file name, may be {@code null}
 * @param lineNumber the line number, or a negative number when unknown
 * @param trigger what triggered the statement when no application frame was found, else
 * {@code null}
 * @param via generated code the application frame called on the way to the statement
 * (such as {@code CustomerMapperImpl.toDto}), or {@code null}
 * @param callers the next application frames further out, innermost first (at most
 * {@value #MAX_CALLERS}), never {@code null}
 */
public record CallSite(String className, String methodName, String fileName, int lineNumber, String trigger,
		String via, List<CallSite> callers) {

	/** The most outer application frames kept beside the call site. */
	public static final int MAX_CALLERS = 2;

	/** The call site used when nothing better is known. */
	public static final CallSite UNKNOWN = new CallSite(null, null, null, -1, "unknown", null, List.of());

	/**
	 * Creates a call site.
	 * @param className the class name
	 * @param methodName the method name
	 * @param fileName the file name
	 * @param lineNumber the line number
	 * @param trigger the trigger
	 * @param via the generated code passed through
	 * @param callers the outer application frames
	 */
	public CallSite {
		callers = (callers != null) ? List.copyOf(callers) : List.of();
	}

	/**
	 * A call site in application code.
	 * @param className the fully qualified class name
	 * @param methodName the method name
	 * @param fileName the source file name, may be {@code null}
	 * @param lineNumber the line number, negative when unknown
	 * @return the call site
	 */
	public static CallSite frame(String className, String methodName, String fileName, int lineNumber) {
		return new CallSite(className, methodName, fileName, lineNumber, null, null, List.of());
	}

	/**
	 * A call site that names what triggered the statement.
	 * @param description for example {@code rendering view "customers"}
	 * @return the call site
	 */
	public static CallSite trigger(String description) {
		return new CallSite(null, null, null, -1, description, null, List.of());
	}

	/**
	 * A call site that names what triggered the statement on behalf of a handler, such as
	 * a view rendered for {@code CustomerController.list}.
	 * @param description for example {@code rendering view "customers"}
	 * @param className the handler's fully qualified class name
	 * @param methodName the handler's method name
	 * @return the call site
	 */
	public static CallSite trigger(String description, String className, String methodName) {
		return new CallSite(className, methodName, null, -1, description, null, List.of());
	}

	/**
	 * The same trigger with another description, keeping the handler.
	 * @param description the new description
	 * @return the call site
	 */
	public CallSite withTrigger(String description) {
		return new CallSite(this.className, this.methodName, null, -1, description, null, List.of());
	}

	/**
	 * The same call site, reached through generated code and called from outer frames.
	 * @param via the generated code, or {@code null}
	 * @param callers the outer application frames, innermost first
	 * @return the call site
	 */
	public CallSite withContext(String via, List<CallSite> callers) {
		return new CallSite(this.className, this.methodName, this.fileName, this.lineNumber, this.trigger, via,
				callers);
	}

	/** Whether this call site is a frame of application code (not a trigger). */
	public boolean isFrame() {
		return this.trigger == null;
	}

	/**
	 * The chain of application frames that led to the statement, innermost first: this
	 * call site, then its callers (at most {@code 1 + MAX_CALLERS} entries).
	 * @return the chain, formatted
	 */
	public List<String> chain() {
		List<String> chain = new ArrayList<>(1 + this.callers.size());
		chain.add(toString());
		for (CallSite caller : this.callers) {
			chain.add(caller.toString());
		}
		return chain;
	}

	/** The class name without its package. */
	public String simpleClassName() {
		if (this.className == null) {
			return "";
		}
		return this.className.substring(this.className.lastIndexOf('.') + 1);
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof CallSite that && this.lineNumber == that.lineNumber
				&& Objects.equals(this.className, that.className) && Objects.equals(this.methodName, that.methodName)
				&& Objects.equals(this.fileName, that.fileName) && Objects.equals(this.trigger, that.trigger);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.className, this.methodName, this.fileName, this.lineNumber, this.trigger);
	}

	/**
	 * Formats the call site like a stack trace element, with the simple class name:
	 * {@code CustomerController.list(CustomerController.java:27)}, followed by
	 * {@code via CustomerMapperImpl.toDto} when generated code was passed through; a
	 * trigger reads {@code rendering view "customers" for CustomerController.list}.
	 */
	@Override
	public String toString() {
		if (!isFrame()) {
			return (this.className != null)
					? this.trigger + " for " + simpleClassName() + "." + this.methodName : this.trigger;
		}
		StringBuilder text = new StringBuilder(simpleClassName()).append('.').append(this.methodName).append('(');
		if (this.fileName == null) {
			text.append("Unknown Source");
		}
		else {
			text.append(this.fileName);
			if (this.lineNumber >= 0) {
				text.append(':').append(this.lineNumber);
			}
		}
		text.append(')');
		if (this.via != null) {
			text.append(" via ").append(this.via);
		}
		return text.toString();
	}

}
