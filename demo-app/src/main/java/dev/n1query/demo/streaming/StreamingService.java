package dev.n1query.demo.streaming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A streaming service, known to the external catalogue by its provider id (not our key). */
@Entity
public class StreamingService {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(unique = true, nullable = false)
	private int providerId;

	private String name;

	protected StreamingService() {
	}

	public StreamingService(int providerId, String name) {
		this.providerId = providerId;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public int getProviderId() {
		return this.providerId;
	}

	public String getName() {
		return this.name;
	}

}
