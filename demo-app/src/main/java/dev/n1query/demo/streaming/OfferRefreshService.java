package dev.n1query.demo.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.n1query.demo.streaming.CatalogueFeed.ProviderOffer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenario 10, after the field report on streaming offers: on a cache miss the cached
 * offers of a movie are replaced with fresh ones from the external catalogue.
 */
@Service
public class OfferRefreshService {

	private final CatalogueFeed feed;

	private final StreamingServiceRepository services;

	private final StreamingOfferRepository offers;

	OfferRefreshService(CatalogueFeed feed, StreamingServiceRepository services, StreamingOfferRepository offers) {
		this.feed = feed;
		this.services = services;
		this.offers = offers;
	}

	/**
	 * Broken: a derived delete that loads and deletes row by row, then a lookup and an
	 * INSERT per provider.
	 */
	public int refresh(Movie movie) {
		this.offers.deleteByMovie(movie);
		int created = 0;
		for (ProviderOffer offer : this.feed.offersFor(movie)) {
			StreamingService service = this.services.findByProviderId(offer.providerId()).orElse(null);
			if (service != null) {
				this.offers.save(new StreamingOffer(movie, service, offer.offerType()));
				created++;
			}
		}
		return created;
	}

	/**
	 * Fixed: one DELETE, one {@code …In} lookup and a map, and the new rows as JDBC
	 * batches: a constant number of statements for a given batch size.
	 */
	@Transactional
	public int refreshFixed(Movie movie) {
		this.offers.deleteAllOfMovie(movie);
		List<ProviderOffer> fresh = this.feed.offersFor(movie);
		Map<Integer, StreamingService> byProviderId = this.services
			.findAllByProviderIdIn(fresh.stream().map(ProviderOffer::providerId).toList())
			.stream()
			.collect(Collectors.toMap(StreamingService::getProviderId, Function.identity()));
		List<StreamingOffer> created = new ArrayList<>();
		for (ProviderOffer offer : fresh) {
			StreamingService service = byProviderId.get(offer.providerId());
			if (service != null) {
				created.add(new StreamingOffer(movie, service, offer.offerType()));
			}
		}
		this.offers.saveAll(created);
		return created.size();
	}

}
