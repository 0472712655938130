package dev.n1query.jpa;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.QueryScope;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.event.spi.PostLoadEvent;

/**
 * Attributes the lazy loading of a to-one association of a bytecode-enhanced entity.
 * Hibernate initialises such an entity (an "enhanced proxy") from its interceptor without
 * any event before the statement, so N1 looks after the load: when a bytecode-enhanced
 * entity was loaded by a statement not attributed yet, and Hibernate's enhanced-proxy
 * interceptor is on the stack, the statement loaded a to-one association that points at
 * the entity: the one that holds that very instance (see {@link LoadOriginObserver}). The
 * stack is walked at most once per group of statements.
 */
final class EnhancedProxyLoadObserver implements ScopedPostLoadObserver {

	private static final String ENHANCED_PROXY_INTERCEPTOR = "org.hibernate.bytecode.enhance.spi.interceptor."
			+ "EnhancementAsProxyLazinessInterceptor";

	private static final int MAX_FRAMES = 128;

	@Override
	public void onPostLoad(PostLoadEvent event, QueryScope scope, HibernateModel model) {
		if (event.getEntity() instanceof PersistentAttributeInterceptable && scope.offerLatestStatement()
				&& loadedByEnhancedProxy()) {
			// The enhanced proxy is the instance being loaded: the association that holds it,
			// where the scope was told, else the one association to its entity, if only one.
			AssociationLoad load = (scope.originOf(event.getEntity()) instanceof AssociationLoad holder
					&& holder.association() != null) ? holder
							: N1HibernateIntegrator.toOneLoadOf(event.getPersister().getMappedClass().getName(), model);
			String root = (load.root() != null) ? load.root().entity() : load.entity();
			scope.attributeLatestStatement(load.withLoadedBy(scope.loaderOf(root)));
		}
	}

	@Override
	public String describe() {
		return "observing a Hibernate enhanced proxy load";
	}

	private static boolean loadedByEnhancedProxy() {
		return StackWalker.getInstance()
			.walk((frames) -> frames.limit(MAX_FRAMES)
				.anyMatch((frame) -> frame.getClassName().equals(ENHANCED_PROXY_INTERCEPTOR)));
	}

}
