package dev.n1query.benchmarks.walk.framework;

import dev.n1query.benchmarks.walk.app.OrderController;
import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;

/** Stands for the framework's frames on both sides of the application's: the server and MVC outside, the ORM inside. */
public final class FrameworkFrames {

	private FrameworkFrames() {
	}

	/** {@code depth} frames of dispatch, then the controller. */
	public static CallSite dispatch(int depth, int ormDepth, CallSiteResolver resolver, CallSite lastSeen) {
		return (depth == 0) ? OrderController.list(ormDepth, resolver, lastSeen)
				: dispatch(depth - 1, ormDepth, resolver, lastSeen);
	}

	/** {@code depth} frames of ORM and pool, then the statement's call-site walk. */
	public static CallSite query(int depth, CallSiteResolver resolver, CallSite lastSeen) {
		return (depth == 0) ? resolver.resolve(null, null, lastSeen) : query(depth - 1, resolver, lastSeen);
	}

}
