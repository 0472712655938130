package dev.n1query.demo.eager;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * Test-only entity: the target of {@link DeskEntity#getRoom()}, a to-one mapped EAGER, and
 * the owner of the other side, a lazy collection.
 */
@Entity
@Table(name = "eager_room")
public class RoomEntity {

	@Id
	private Long id;

	private String name;

	@JsonIgnore
	@OneToMany(mappedBy = "room")
	@OrderBy("id")
	private List<DeskEntity> desks = new ArrayList<>();

	protected RoomEntity() {
	}

	public RoomEntity(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<DeskEntity> getDesks() {
		return this.desks;
	}

}
