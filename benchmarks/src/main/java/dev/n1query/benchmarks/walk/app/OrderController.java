package dev.n1query.benchmarks.walk.app;

import dev.n1query.benchmarks.walk.framework.FrameworkFrames;
import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;

/** The application's frame: the call site the walk looks for. */
public final class OrderController {

	private OrderController() {
	}

	public static CallSite list(int ormDepth, CallSiteResolver resolver, CallSite lastSeen) {
		return FrameworkFrames.query(ormDepth, resolver, lastSeen);
	}

}
