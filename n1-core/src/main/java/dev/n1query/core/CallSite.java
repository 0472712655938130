package dev.n1query.core;

/**
 * Where a statement came from: the first stack frame of the application's own code, or,
 * when no such frame is on the stack (a lazy load while a template renders or while JSON
 * is written), a description of what triggered it.
 *
 * @param className the fully qualified class name; for a trigger, the handler's class
 * when known, else {@code null}
 * @param methodName the method name; for a trigger, the handler's method when known
 * @param fileName the source file name, may be {@code null}
 * @param lineNumber the line number, or a negative number when unknown
 * @param trigger what triggered the statement when no application frame was found, else
 * {@code null}
 */
public record CallSite(String className, String methodName, String fileName, int lineNumber, String trigger) {

	/** The call site used when nothing better is known. */
	public static final CallSite UNKNOWN = new CallSite(null, null, null, -1, "unknown");

	/**
	 * A call site in application code.
	 * @param className the fully qualified class name
	 * @param methodName the method name
	 * @param fileName the source file name, may be {@code null}
	 * @param lineNumber the line number, negative when unknown
	 * @return the call site
	 */
	public static CallSite frame(String className, String methodName, String fileName, int lineNumber) {
		return new CallSite(className, methodName, fileName, lineNumber, null);
	}

	/**
	 * A call site that names what triggered the statement.
	 * @param description for example {@code rendering view "customers"}
	 * @return the call site
	 */
	public static CallSite trigger(String description) {
		return new CallSite(null, null, null, -1, description);
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
		return new CallSite(className, methodName, null, -1, description);
	}

	/**
	 * The same trigger with another description, keeping the handler.
	 * @param description the new description
	 * @return the call site
	 */
	public CallSite withTrigger(String description) {
		return new CallSite(this.className, this.methodName, null, -1, description);
	}

	/** Whether this call site is a frame of application code (not a trigger). */
	public boolean isFrame() {
		return this.trigger == null;
	}

	/** The class name without its package. */
	public String simpleClassName() {
		if (this.className == null) {
			return "";
		}
		return this.className.substring(this.className.lastIndexOf('.') + 1);
	}

	/**
	 * Formats the call site like a stack trace element, with the simple class name:
	 * {@code CustomerController.list(CustomerController.java:27)}; a trigger reads
	 * {@code rendering view "customers" for CustomerController.list}.
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
		return text.append(')').toString();
	}

}
