package dev.n1query.demo.eager;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Test-only entity with JPA's default for to-one associations, EAGER, on purpose: the JSON
 * of a desk leaves its room out, so the room is fetched for nothing.
 */
@Entity
@Table(name = "eager_desk")
public class DeskEntity {

	@Id
	private Long id;

	private String label;

	@JsonIgnore
	@ManyToOne
	private RoomEntity room;

	protected DeskEntity() {
	}

	public DeskEntity(Long id, String label, RoomEntity room) {
		this.id = id;
		this.label = label;
		this.room = room;
	}

	public Long getId() {
		return this.id;
	}

	public String getLabel() {
		return this.label;
	}

	public RoomEntity getRoom() {
		return this.room;
	}

}
