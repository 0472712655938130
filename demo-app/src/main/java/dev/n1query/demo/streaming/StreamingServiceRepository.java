package dev.n1query.demo.streaming;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StreamingServiceRepository extends JpaRepository<StreamingService, Long> {

	Optional<StreamingService> findByProviderId(int providerId);

	/** The fix for scenarios 5 and 10: every service of the feed in one statement. */
	List<StreamingService> findAllByProviderIdIn(Collection<Integer> providerIds);

}
