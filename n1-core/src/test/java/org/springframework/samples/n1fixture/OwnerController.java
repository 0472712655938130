package org.springframework.samples.n1fixture;

import org.springframework.web.method.support.InvocableHandlerMethod;

/** Calls the service, as a controller would. */
public class OwnerController {

	private final OwnerService service;

	public OwnerController(OwnerService service) {
		this.service = service;
	}

	/** The service's call site, then this method's line (the line above the marker). */
	public Located[] show() {
		Located found = this.service.find();
		return new Located[] { found, new Located(Located.here() - 1, found.callSite()) };
	}

	/**
	 * The service's call site, reached through Spring's handler invocation, as a
	 * dispatcher (standing in for this method) would call a controller.
	 */
	public Located dispatch() {
		return InvocableHandlerMethod.invoke(this.service::find);
	}

	/** The service's call site from a lambda, then this method's line. */
	public Located[] showInLambda() {
		Located found = this.service.findInLambda();
		return new Located[] { found, new Located(Located.here() - 1, found.callSite()) };
	}

}
