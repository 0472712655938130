package dev.n1query.usage.jpa.library;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A book of an {@link Author}. */
@Entity
public class Book {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Author author;

	protected Book() {
	}

	public Book(Long id, Author author) {
		this.id = id;
		this.author = author;
	}

}
