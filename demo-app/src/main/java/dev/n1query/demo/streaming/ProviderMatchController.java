package dev.n1query.demo.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.n1query.demo.streaming.CatalogueFeed.ProviderOffer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenario 5: matching the provider ids of an external feed to our rows, by a column
 * that is not the key.
 */
@RestController
class ProviderMatchController {

	private final CatalogueFeed feed;

	private final StreamingServiceRepository services;

	ProviderMatchController(CatalogueFeed feed, StreamingServiceRepository services) {
		this.feed = feed;
		this.services = services;
	}

	/** Broken: {@code findByProviderId} once per provider in the feed. */
	@GetMapping("/providers/match")
	List<String> match() {
		List<String> matched = new ArrayList<>();
		for (ProviderOffer offer : this.feed.offersFor(null)) {
			this.services.findByProviderId(offer.providerId()).ifPresent((service) -> matched.add(service.getName()));
		}
		return matched;
	}

	/** Fixed: one {@code findAllByProviderIdIn} and a map. */
	@GetMapping("/providers/match/fixed")
	List<String> matchFixed() {
		List<ProviderOffer> offers = this.feed.offersFor(null);
		Map<Integer, StreamingService> byProviderId = this.services
			.findAllByProviderIdIn(offers.stream().map(ProviderOffer::providerId).toList())
			.stream()
			.collect(Collectors.toMap(StreamingService::getProviderId, Function.identity()));
		List<String> matched = new ArrayList<>();
		for (ProviderOffer offer : offers) {
			StreamingService service = byProviderId.get(offer.providerId());
			if (service != null) {
				matched.add(service.getName());
			}
		}
		return matched;
	}

}
