package dev.n1query.demo.streaming;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** Where a movie can be streamed: the locally cached copy of the external catalogue. */
@Entity
public class StreamingOffer implements Persistable<UUID> {

	@Id
	private UUID id = UUID.randomUUID();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Movie movie;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private StreamingService service;

	private String offerType;

	@Transient
	private boolean isNew = true;

	protected StreamingOffer() {
		this.isNew = false;
	}

	public StreamingOffer(Movie movie, StreamingService service, String offerType) {
		this.movie = movie;
		this.service = service;
		this.offerType = offerType;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
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
