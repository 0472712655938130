package org.springframework.samples.n1fixture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A pet, bytecode-enhanced: its lazy owner is an enhanced entity, loaded on first read. */
@Entity
@Table(name = "fixture_pet")
public class PetEntity {

	@Id
	private Long id;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	private OwnerEntity owner;

	protected PetEntity() {
	}

	public PetEntity(Long id, String name, OwnerEntity owner) {
		this.id = id;
		this.name = name;
		this.owner = owner;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	@JsonIgnore
	public OwnerEntity getOwner() {
		return this.owner;
	}

}
