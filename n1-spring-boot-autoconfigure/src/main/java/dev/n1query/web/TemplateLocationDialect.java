package dev.n1query.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.n1query.core.ActivityDetail;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A Thymeleaf dialect that lets a statement triggered while a template renders name the
 * template, line and expression being evaluated, for example
 * {@code rendering customers.html:23 th:each="order : ${customer.orders}"}. It reads the
 * engine's own element stack when (and only when) a call site is sampled, never the
 * template file.
 */
public final class TemplateLocationDialect extends AbstractDialect implements IPreProcessorDialect {

	private static final TemplateMode[] MODES = { TemplateMode.HTML, TemplateMode.XML, TemplateMode.TEXT,
			TemplateMode.JAVASCRIPT, TemplateMode.CSS };

	// Thymeleaf's order of attribute processors: the earlier ones run first on an element.
	private static final List<String> PROCESSING_ORDER = List.of("insert", "replace", "each", "if", "unless",
			"switch", "case", "object", "with");

	private final QueryTracker tracker;

	/**
	 * Creates the dialect.
	 * @param tracker the tracker whose current scope is told where rendering is
	 */
	public TemplateLocationDialect(QueryTracker tracker) {
		super("N1 template location");
		this.tracker = tracker;
	}

	@Override
	public int getDialectPreProcessorPrecedence() {
		return 0;
	}

	@Override
	public Set<IPreProcessor> getPreProcessors() {
		Set<IPreProcessor> preProcessors = new LinkedHashSet<>();
		for (TemplateMode mode : MODES) {
			preProcessors.add(new PreProcessor(mode, LocationInstaller.class, 0));
		}
		return preProcessors;
	}

	/**
	 * Instantiated by Thymeleaf for each template it processes: tells the scope where
	 * rendering is until the template ends, and passes every event through.
	 */
	public static final class LocationInstaller extends AbstractTemplateHandler {

		private QueryScope scope;

		private ActivityDetail previous;

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			for (IDialect dialect : context.getConfiguration().getDialects()) {
				if (dialect instanceof TemplateLocationDialect location) {
					this.scope = location.tracker.analysedScope();
					if (this.scope != null) {
						this.previous = this.scope.swapActivityDetail(new TemplateLocation(context));
					}
				}
			}
		}

		@Override
		public void handleTemplateEnd(ITemplateEnd templateEnd) {
			if (this.scope != null) {
				this.scope.swapActivityDetail(this.previous);
				this.scope = null;
			}
			super.handleTemplateEnd(templateEnd);
		}

	}

	/** The element being processed, read from the engine's element stack. */
	record TemplateLocation(ITemplateContext context) implements ActivityDetail {

		@Override
		public String describe() {
			List<IProcessableElementTag> elements = this.context.getElementStack();
			if (elements.isEmpty()) {
				return "rendering " + fileName(this.context.getTemplateData().getTemplate());
			}
			IProcessableElementTag element = elements.get(elements.size() - 1);
			StringBuilder text = new StringBuilder("rendering ").append(fileName(element.getTemplateName()));
			if (element.getLine() > 0) {
				text.append(':').append(element.getLine());
			}
			IAttribute attribute = evaluatedAttribute(element);
			if (attribute != null) {
				text.append(' ').append(attribute.getAttributeCompleteName()).append("=\"").append(attribute.getValue())
					.append('"');
			}
			return text.toString();
		}

		// The template's file name, as its resource describes it ("class path resource
		// [templates/customers.html]"), else the template's name.
		private String fileName(String template) {
			for (TemplateData data : this.context.getTemplateStack()) {
				if (data.getTemplate().equals(template) && data.getTemplateResource() != null) {
					String description = data.getTemplateResource().getDescription();
					if (description != null) {
						String path = description.endsWith("]") ? description.substring(0, description.length() - 1)
								: description;
						int start = Math.max(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')),
								path.lastIndexOf('['));
						String name = path.substring(start + 1);
						if (!name.isBlank()) {
							return name;
						}
					}
				}
			}
			return template;
		}

		// The element's expression attribute evaluated first: Thymeleaf removes an attribute
		// once processed, but the stack keeps the element as parsed.
		private static IAttribute evaluatedAttribute(IProcessableElementTag element) {
			IAttribute best = null;
			int bestRank = Integer.MAX_VALUE;
			for (IAttribute attribute : element.getAllAttributes()) {
				String name = attribute.getAttributeCompleteName();
				String processor = name.startsWith("th:") ? name.substring(3)
						: name.startsWith("data-th-") ? name.substring(8) : null;
				if (processor == null || attribute.getValue() == null || attribute.getValue().indexOf('{') < 0) {
					continue;
				}
				int rank = PROCESSING_ORDER.indexOf(processor);
				if (rank < 0) {
					rank = (processor.equals("text") || processor.equals("utext")) ? 200 : 100;
				}
				if (rank < bestRank) {
					best = attribute;
					bestRank = rank;
				}
			}
			return best;
		}

	}

}
