package dev.n1query.demo.streaming;

import dev.n1query.demo.AssignedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** Where a movie can be streamed: the locally cached copy of the external catalogue. */
@Entity
public class StreamingOffer extends AssignedIdEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Movie movie;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private StreamingService service;

	private String offerType;

	protected StreamingOffer() {
	}

	public StreamingOffer(Movie movie, StreamingService service, String offerType) {
		this.movie = movie;
		this.service = service;
		this.offerType = offerType;
	}

	public Movie getMovie() {
		return this.movie;
	}

	public StreamingService getService() {
		return this.service;
	}

	public String getOfferType() {
		return this.offerType;
	}

}
