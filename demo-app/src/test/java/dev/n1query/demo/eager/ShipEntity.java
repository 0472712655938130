package dev.n1query.demo.eager;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * Test-only entity with a collection mapped EAGER, on purpose, written to JSON under another
 * name ({@code berths}).
 */
@Entity
@Table(name = "eager_ship")
public class ShipEntity {

	@Id
	private Long id;

	private String name;

	@JsonProperty("berths")
	@OneToMany(fetch = FetchType.EAGER)
	@JoinColumn(name = "ship_id")
	@OrderBy("id")
	private List<CabinEntity> cabins = new ArrayList<>();

	protected ShipEntity() {
	}

	public ShipEntity(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<CabinEntity> getCabins() {
		return this.cabins;
	}

}
