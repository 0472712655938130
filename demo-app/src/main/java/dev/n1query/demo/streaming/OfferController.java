package dev.n1query.demo.streaming;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Scenario 10: refreshing a movie's cached streaming offers. */
@RestController
class OfferController {

	private final MovieRepository movies;

	private final OfferRefreshService refresher;

	OfferController(MovieRepository movies, OfferRefreshService refresher) {
		this.movies = movies;
		this.refresher = refresher;
	}

	@PostMapping("/movies/{id}/offers/refresh")
	Map<String, Integer> refresh(@PathVariable long id) {
		return Map.of("offers", this.refresher.refresh(movie(id)));
	}

	@PostMapping("/movies/{id}/offers/refresh/fixed")
	Map<String, Integer> refreshFixed(@PathVariable long id) {
		return Map.of("offers", this.refresher.refreshFixed(movie(id)));
	}

	private Movie movie(long id) {
		return this.movies.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
