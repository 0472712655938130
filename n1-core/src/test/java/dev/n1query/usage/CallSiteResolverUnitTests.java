package dev.n1query.usage;

import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;
import org.junit.jupiter.api.Test;
import org.springframework.samples.n1fixture.Located;
import org.springframework.samples.n1fixture.OwnerController;
import org.springframework.samples.n1fixture.OwnerService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Call sites in an application whose own package starts with {@code org.springframework.}
 * (the fixture in {@code org.springframework.samples.n1fixture}, like Spring's sample
 * applications), reached through generated frames.
 */
class CallSiteResolverUnitTests {

	private static final String FIXTURE = "org.springframework.samples.n1fixture";

	// This test's own package stands for the JDBC layer below the fixture.
	private static final String DATABASE = "dev.n1query.usage";

	private final CallSiteResolver resolver = new CallSiteResolver(List.of(DATABASE), List.of(FIXTURE));

	private final OwnerService service = new OwnerService(() -> this.resolver.resolve(null, (String) null));

	@Test
	void applicationPackagesCountAsApplicationCodeUnderAFrameworkPrefix() {
		Located found = this.service.find();
		assertThat(found.callSite().className()).isEqualTo(FIXTURE + ".OwnerService");
		assertThat(found.callSite().fileName()).isEqualTo("OwnerService.java");
		assertThat(found.callSite().lineNumber()).isEqualTo(found.line());
		assertThat(found.callSite().toString()).isEqualTo("OwnerService.find(OwnerService.java:" + found.line() + ")");
	}

	@Test
	void withoutApplicationPackagesAFrameworkPrefixIsSkipped() {
		CallSiteResolver frameworkOnly = new CallSiteResolver(List.of(DATABASE), List.of());
		Located found = new OwnerService(() -> frameworkOnly.resolve(null, (String) null)).find();
		assertThat(found.callSite()).isEqualTo(CallSite.UNKNOWN);
	}

	@Test
	void excludedPackagesWinOverApplicationPackages() {
		CallSiteResolver excluding = new CallSiteResolver(List.of(DATABASE, FIXTURE), List.of(FIXTURE));
		Located found = new OwnerService(() -> excluding.resolve(null, (String) null)).find();
		assertThat(found.callSite()).isEqualTo(CallSite.UNKNOWN);
	}

	@Test
	void hibernateEnhancementMethodsAndTheirAccessorAreNeverTheCallSite() {
		Located found = this.service.readThroughEnhancedEntity();
		assertThat(found.callSite().className()).isEqualTo(FIXTURE + ".OwnerService");
		assertThat(found.callSite().methodName()).isEqualTo("readThroughEnhancedEntity");
		assertThat(found.callSite().lineNumber()).isEqualTo(found.line());
	}

	@Test
	void generatedMapperIsShownAsViaBehindTheFirstHandWrittenCaller() {
		Located found = this.service.mapThroughGeneratedMapper();
		assertThat(found.callSite().className()).isEqualTo(FIXTURE + ".OwnerService");
		assertThat(found.callSite().lineNumber()).isEqualTo(found.line());
		assertThat(found.callSite().via()).isEqualTo("OwnerMapperImpl.toDto");
		assertThat(found.callSite().toString()).isEqualTo("OwnerService.mapThroughGeneratedMapper(OwnerService.java:"
				+ found.line() + ") via OwnerMapperImpl.toDto");
	}

	@Test
	void aLambdaBodyIsNamedAfterItsEnclosingMethodWithItsOwnLine() {
		Located[] found = new OwnerController(this.service).showInLambda();
		CallSite callSite = found[0].callSite();
		assertThat(callSite.methodName()).isEqualTo("findInLambda");
		assertThat(callSite.lineNumber()).isEqualTo(found[0].line());
		// the enclosing method's own frame is not a caller of its lambda
		assertThat(callSite.callers()).first()
			.hasToString("OwnerController.showInLambda(OwnerController.java:" + found[1].line() + ")");
	}

	@Test
	void callersFollowTheCallSiteInnermostFirstAndDoNotSplitGroups() {
		Located[] found = new OwnerController(this.service).show();
		CallSite callSite = found[0].callSite();
		assertThat(callSite.lineNumber()).isEqualTo(found[0].line());
		assertThat(callSite.callers()).isNotEmpty().hasSizeLessThanOrEqualTo(CallSite.MAX_CALLERS);
		CallSite caller = callSite.callers().get(0);
		assertThat(caller.toString()).isEqualTo("OwnerController.show(OwnerController.java:" + found[1].line() + ")");
		assertThat(callSite.chain()).hasSizeLessThanOrEqualTo(3)
			.startsWith(callSite.toString(), caller.toString());
		assertThat(callSite).isEqualTo(CallSite.frame(callSite.className(), callSite.methodName(),
				callSite.fileName(), callSite.lineNumber()));
	}

	@Test
	void callersEndWhereSpringInvokesTheHandler() {
		// Past Spring's handler invocation lies only the framework's dispatch: the walk ends
		// there, however far out an application frame is (here the dispatcher is one).
		Located found = new OwnerController(this.service).dispatch();
		assertThat(found.callSite().methodName()).isEqualTo("find");
		assertThat(found.callSite().lineNumber()).isEqualTo(found.line());
		assertThat(found.callSite().callers()).isEmpty();
	}

	@Test
	void reflectionIsNeitherACallerNorInTheStack() throws Exception {
		// Frameworks call handlers through Method.invoke: the JDK's frames for it are neither
		// callers nor in the panel's stack (the walker hides them).
		List<List<String>> stacks = new ArrayList<>();
		OwnerService service = new OwnerService(() -> {
			CallSiteResolver.Sample sample = this.resolver.resolveWithStack(null, (String) null, 500);
			stacks.add(sample.stack());
			return sample.callSite();
		});
		Located[] found = (Located[]) OwnerController.class.getMethod("show").invoke(new OwnerController(service));
		assertThat(found[0].callSite().lineNumber()).isEqualTo(found[0].line());
		assertThat(found[0].callSite().callers()).first()
			.hasToString("OwnerController.show(OwnerController.java:" + found[1].line() + ")");
		assertThat(stacks).singleElement().satisfies((stack) -> assertThat(stack)
			.anyMatch((frame) -> frame.startsWith(FIXTURE + ".OwnerController.show("))
			.anyMatch((frame) -> frame.startsWith(getClass().getName() + ".reflectionIsNeitherACallerNorInTheStack("))
			.noneMatch((frame) -> frame.startsWith("java.lang.reflect.") || frame.startsWith("jdk.internal.reflect.")));
	}

	@Test
	void aSampleThatFindsTheCallSiteLastSeenReturnsItAsItWasWithoutWalkingOnForCallers() {
		CallSite first = resolveHere(null);
		assertThat(first.callers()).isNotEmpty();
		assertThat(first.callers().get(0).methodName())
			.isEqualTo("aSampleThatFindsTheCallSiteLastSeenReturnsItAsItWasWithoutWalkingOnForCallers");
		assertThat(resolveHere(first)).isSameAs(first);
		CallSite otherLine = CallSite.frame(first.className(), first.methodName(), first.fileName(),
				first.lineNumber() + 1);
		CallSite walked = resolveHere(otherLine);
		assertThat(walked).isNotSameAs(otherLine).isEqualTo(first);
		assertThat(walked.callers()).isNotEmpty().isNotEqualTo(first.callers()); // called from another line
	}

	private static CallSite resolveHere(CallSite lastSeen) {
		return new CallSiteResolver().resolve(null, null, lastSeen);
	}

}
