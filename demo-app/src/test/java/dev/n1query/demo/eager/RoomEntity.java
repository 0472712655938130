package dev.n1query.demo.eager;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity: the target of {@link DeskEntity#getRoom()}, a to-one mapped EAGER. */
@Entity
@Table(name = "eager_room")
public class RoomEntity {

	@Id
	private Long id;

	private String name;

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

}
