package dev.n1query.demo.streaming;

import java.util.ArrayList;
import java.util.List;

import dev.n1query.demo.DemoProperties;

import org.springframework.stereotype.Component;

/**
 * Stands in for the external catalogue's API (TMDB in the field report): which provider
 * offers the movie, as what.
 */
@Component
class CatalogueFeed {

	private final DemoProperties properties;

	CatalogueFeed(DemoProperties properties) {
		this.properties = properties;
	}

	List<ProviderOffer> offersFor(Movie movie) {
		List<ProviderOffer> offers = new ArrayList<>();
		for (int i = 1; i <= this.properties.streamingServices(); i++) {
			offers.add(new ProviderOffer(providerId(i), (i % 3 == 0) ? "rent" : "flatrate"));
		}
		return offers;
	}

	static int providerId(int index) {
		return 1000 + index;
	}

	record ProviderOffer(int providerId, String offerType) {
	}

}
