package org.springframework.samples.n1fixture;

import dev.n1query.core.CallSite;

/**
 * A call site resolved by fixture code, with the line the fixture expects it to name.
 *
 * @param line the line of the call that reached the database, in the fixture's source
 * @param callSite what the resolver found
 */
public record Located(int line, CallSite callSite) {

	/** The line of the caller of the method that calls this. */
	static int here() {
		return StackWalker.getInstance().walk((frames) -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
	}

}
