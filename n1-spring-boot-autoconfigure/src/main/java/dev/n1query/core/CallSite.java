package dev.n1query.core;

/**
 * Where a statement came from: the first stack frame of the application's own code, or,
 * when no such frame is on the stack (a lazy load while a template renders or while JSON
 * is written), a description of what triggered it.
 *
 * @param className the fully qualified class name, or {@code null} for a trigger
 * @param methodName the method name, or {@code null} for a trigger
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

	/** Whether this call site is a frame of application code. */
	public boolean isFrame() {
		return this.className != null;
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
	 * {@code CustomerController.list(CustomerController.java:27)}.
	 */
	@Override
	public String toString() {
		if (!isFrame()) {
			return this.trigger;
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
