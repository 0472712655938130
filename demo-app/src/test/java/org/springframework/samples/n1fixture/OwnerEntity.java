package org.springframework.samples.n1fixture;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An owner, bytecode-enhanced at build time (see demo-app/pom.xml). */
@Entity
@Table(name = "fixture_owner")
public class OwnerEntity {

	@Id
	private Long id;

	private String name;

	@OneToMany(mappedBy = "owner")
	@OrderBy("id")
	private List<PetEntity> pets = new ArrayList<>();

	protected OwnerEntity() {
	}

	public OwnerEntity(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<PetEntity> getPets() {
		return this.pets;
	}

}
