package dev.n1query.demo.eager;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity: an element of {@link ShipEntity#getCabins()}. */
@Entity
@Table(name = "eager_cabin")
public class CabinEntity {

	@Id
	private Long id;

	private String number;

	protected CabinEntity() {
	}

	public CabinEntity(Long id, String number) {
		this.id = id;
		this.number = number;
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

}
