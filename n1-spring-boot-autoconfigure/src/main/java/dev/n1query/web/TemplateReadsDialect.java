package dev.n1query.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.n1query.core.QueryTracker;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.core.SpringProperties;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * A Thymeleaf dialect that lets the request's query scope hear which entity properties the
 * templates read, for the unused-eager-loading report: before each template of an analysed
 * request is processed, it puts an {@link EntityReadRecorder} first in the Spring EL evaluation context that
 * Spring MVC's Thymeleaf view created for the render, and a {@link GetterCallRecorder} in
 * place of its method resolver. Inert while the Spring EL compiler is on (Thymeleaf's
 * setting or {@code spring.expression.compiler.mode}): compiled expressions call getters
 * directly and would read unseen, so no entity a template shows is then judged.
 */
public final class TemplateReadsDialect extends AbstractDialect implements IPreProcessorDialect {

	private static final TemplateMode[] MODES = { TemplateMode.HTML, TemplateMode.XML, TemplateMode.TEXT,
			TemplateMode.JAVASCRIPT, TemplateMode.CSS };

	private final EntityReadRecorder recorder;

	// spring.expression.compiler.mode (a JVM or spring.properties setting) compiles
	// expressions for every evaluation context, Thymeleaf's included.
	private final boolean compiledExpressions;

	/**
	 * Creates the dialect.
	 * @param tracker the tracker whose current scope hears the reads
	 */
	public TemplateReadsDialect(QueryTracker tracker) {
		super("N1 template reads");
		this.recorder = new EntityReadRecorder(tracker);
		String compilerMode = SpringProperties.getProperty(SpelParserConfiguration.SPRING_EXPRESSION_COMPILER_MODE_PROPERTY_NAME);
		this.compiledExpressions = compilerMode != null && !compilerMode.equalsIgnoreCase("off");
	}

	@Override
	public int getDialectPreProcessorPrecedence() {
		return 0;
	}

	@Override
	public Set<IPreProcessor> getPreProcessors() {
		Set<IPreProcessor> preProcessors = new LinkedHashSet<>();
		for (TemplateMode mode : MODES) {
			preProcessors.add(new PreProcessor(mode, RecorderInstaller.class, 0));
		}
		return preProcessors;
	}

	void install(Object variable) {
		if (this.compiledExpressions || !(variable instanceof StandardEvaluationContext context)) {
			return; // compiled expressions read unseen; or rendered outside Spring MVC's view
		}
		if (!this.recorder.watched()) {
			return; // no analysed scope here to hear the reads: Spring EL reads as it would without N1
		}
		List<PropertyAccessor> accessors = context.getPropertyAccessors();
		if (accessors.contains(this.recorder)) {
			return; // a fragment of a template already processed in this render
		}
		List<PropertyAccessor> withRecorder = new ArrayList<>(accessors.size() + 1);
		withRecorder.add(this.recorder);
		withRecorder.addAll(accessors);
		context.setPropertyAccessors(withRecorder);
		List<MethodResolver> resolvers = context.getMethodResolvers();
		if (resolvers.size() == 1 && resolvers.get(0) instanceof ReflectiveMethodResolver only) {
			// Kept a single reflective resolver, so Spring EL keeps reusing resolved methods.
			context.setMethodResolvers(List.of(new GetterCallRecorder(only, this.recorder)));
		}
	}

	/** Instantiated by Thymeleaf for each template it processes; passes events through. */
	public static final class RecorderInstaller extends AbstractTemplateHandler {

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			for (IDialect dialect : context.getConfiguration().getDialects()) {
				if (dialect instanceof TemplateReadsDialect reads) {
					reads.install(context.getVariable(
							ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME));
				}
			}
		}

	}

}
