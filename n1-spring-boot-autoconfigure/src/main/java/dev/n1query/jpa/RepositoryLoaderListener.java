package dev.n1query.jpa;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;

import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryMethodInvocationListener;

/**
 * Spring Data integration: notes in the current scope which repository method loaded
 * which entity type, so an N+1 on those entities' associations can name the method to
 * put the entity graph on.
 */
public final class RepositoryLoaderListener implements RepositoryMethodInvocationListener {

	private final Supplier<QueryTracker> tracker;

	private final Map<Class<?>, String> domainTypes = new ConcurrentHashMap<>();

	/**
	 * Creates the listener.
	 * @param tracker the tracker, looked up when first needed
	 */
	public RepositoryLoaderListener(Supplier<QueryTracker> tracker) {
		this.tracker = tracker;
	}

	@Override
	public void afterInvocation(RepositoryMethodInvocation invocation) {
		try {
			QueryScope scope = this.tracker.get().analysedScope();
			if (scope == null) {
				return;
			}
			Class<?> repository = invocation.getRepositoryInterface();
			String entity = this.domainTypes.computeIfAbsent(repository,
					(type) -> AbstractRepositoryMetadata.getMetadata(type).getDomainType().getSimpleName());
			scope.noteLoader(entity, repository.getSimpleName() + "." + invocation.getMethod().getName() + "()");
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("observing a Spring Data repository call", ex);
		}
	}

}
