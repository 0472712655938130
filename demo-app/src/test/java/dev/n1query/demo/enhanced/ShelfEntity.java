package dev.n1query.demo.enhanced;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** Test-only entity, bytecode-enhanced at build time (see demo-app/pom.xml). */
@Entity
@Table(name = "enhanced_shelf")
public class ShelfEntity {

	@Id
	private Long id;

	private String label;

	@OneToMany(mappedBy = "shelf")
	@OrderBy("id")
	private List<VolumeEntity> volumes = new ArrayList<>();

	protected ShelfEntity() {
	}

	public ShelfEntity(Long id, String label) {
		this.id = id;
		this.label = label;
	}

	public Long getId() {
		return this.id;
	}

	public String getLabel() {
		return this.label;
	}

	public List<VolumeEntity> getVolumes() {
		return this.volumes;
	}

}
