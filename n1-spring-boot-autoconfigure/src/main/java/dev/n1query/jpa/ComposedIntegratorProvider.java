package dev.n1query.jpa;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ClassUtils;

/**
 * The value N1 puts under {@value #SETTING}: the application's own provider, if it set
 * one, followed by N1's integrator. Hibernate accepts that setting as an
 * {@link IntegratorProvider} instance, its {@code Class}, or its class name; each is
 * honoured, the last two instantiated the way Hibernate would (public no-argument
 * constructor).
 */
public final class ComposedIntegratorProvider implements IntegratorProvider {

	/** Hibernate's setting for an {@link IntegratorProvider}. */
	public static final String SETTING = "hibernate.integrator_provider";

	private final Object applicationSetting;

	private final Integrator integrator;

	private final ClassLoader classLoader;

	private ComposedIntegratorProvider(Object applicationSetting, Integrator integrator, ClassLoader classLoader) {
		this.applicationSetting = applicationSetting;
		this.integrator = integrator;
		this.classLoader = classLoader;
	}

	/**
	 * Composes the application's setting with N1's integrator. Composing twice, for the
	 * same integrator, changes nothing.
	 * @param applicationSetting the value the application set, or {@code null}
	 * @param integrator N1's integrator
	 * @param classLoader where a class name is loaded from
	 * @return the provider to set
	 */
	public static ComposedIntegratorProvider compose(Object applicationSetting, Integrator integrator,
			ClassLoader classLoader) {
		if (applicationSetting instanceof ComposedIntegratorProvider composed && composed.integrator == integrator) {
			return composed;
		}
		return new ComposedIntegratorProvider(applicationSetting, integrator, classLoader);
	}

	@Override
	public List<Integrator> getIntegrators() {
		List<Integrator> integrators = new ArrayList<>();
		IntegratorProvider application = applicationProvider();
		if (application != null) {
			integrators.addAll(application.getIntegrators()); // the application's own run first
		}
		if (!integrators.contains(this.integrator)) {
			integrators.add(this.integrator);
		}
		return integrators;
	}

	private IntegratorProvider applicationProvider() {
		Object setting = this.applicationSetting;
		if (setting == null || (setting instanceof String name && name.isBlank())) {
			return null;
		}
		if (setting instanceof IntegratorProvider provider) {
			return provider;
		}
		Class<?> type = (setting instanceof Class<?> given) ? given : load(setting.toString().trim());
		if (!IntegratorProvider.class.isAssignableFrom(type)) {
			throw new IllegalArgumentException(SETTING + " must name an " + IntegratorProvider.class.getName()
					+ ", was " + type.getName());
		}
		return (IntegratorProvider) BeanUtils.instantiateClass(type);
	}

	private Class<?> load(String name) {
		try {
			return ClassUtils.forName(name, this.classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalArgumentException(SETTING + " names a class that cannot be loaded: " + name, ex);
		}
	}

}
