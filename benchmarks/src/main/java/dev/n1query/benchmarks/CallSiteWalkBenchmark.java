package dev.n1query.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.n1query.benchmarks.walk.framework.FrameworkFrames;
import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What finding a statement's call site costs an analysed request: the stack holds {@code ormFrames} frames of ORM,
 * repository proxies and pool between the statement and the application's controller, and {@code dispatchFrames} of
 * server, filters and MVC outside it. {@code firstWalk} looks for the call site and its callers (a shape's first
 * statement in a scope); {@code repeatWalk} stops at the call site last seen for the shape (its next samples).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallSiteWalkBenchmark {

	@Param({ "40", "100" })
	public int ormFrames;

	@Param({ "70" })
	public int dispatchFrames;

	private final CallSiteResolver resolver = new CallSiteResolver(
			List.of("dev.n1query.benchmarks.walk.framework", "org.openjdk.jmh", "dev.n1query.benchmarks.jmh_generated"),
			List.of("dev.n1query.benchmarks.walk.app"));

	private CallSite lastSeen;

	@Setup
	public void findItOnce() {
		this.lastSeen = firstWalk();
		if (!this.lastSeen.toString().startsWith("OrderController.list(")) {
			throw new IllegalStateException("the walk found " + this.lastSeen);
		}
	}

	@Benchmark
	public CallSite firstWalk() {
		return FrameworkFrames.dispatch(this.dispatchFrames, this.ormFrames, this.resolver, null);
	}

	@Benchmark
	public CallSite repeatWalk() {
		return FrameworkFrames.dispatch(this.dispatchFrames, this.ormFrames, this.resolver, this.lastSeen);
	}

}
