package dev.n1query.demo.enhanced;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Test-only entity, bytecode-enhanced at build time (see demo-app/pom.xml). */
@Entity
@Table(name = "enhanced_volume")
public class VolumeEntity {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private ShelfEntity shelf;

	protected VolumeEntity() {
	}

	public VolumeEntity(Long id, ShelfEntity shelf) {
		this.id = id;
		this.shelf = shelf;
	}

	public Long getId() {
		return this.id;
	}

	public ShelfEntity getShelf() {
		return this.shelf;
	}

}
