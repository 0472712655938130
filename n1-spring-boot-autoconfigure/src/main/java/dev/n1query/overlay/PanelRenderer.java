package dev.n1query.overlay;

import java.util.Map;

import dev.n1query.core.ScopeReport;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the panel's HTML with N1's own Thymeleaf engine (Spring's, with SpEL), from
 * templates under {@code META-INF/n1/templates/}: independent of the application's
 * Thymeleaf set-up, and escaping everything it shows.
 */
public final class PanelRenderer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final ExplainService explain;

	/**
	 * Creates the renderer.
	 * @param explain issues the EXPLAIN tokens shown in the panel
	 */
	public PanelRenderer(ExplainService explain) {
		this.explain = explain;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PanelRenderer.class.getClassLoader());
		resolver.setPrefix("META-INF/n1/templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	/**
	 * Renders the panel for one request.
	 * @param report the request's report
	 * @return the HTML fragment
	 */
	public String render(ScopeReport report) {
		return this.engine.process("panel", new Context(java.util.Locale.ROOT,
				Map.of("panel", PanelView.of(report, this.explain))));
	}

}
