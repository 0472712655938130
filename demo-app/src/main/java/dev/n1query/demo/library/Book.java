package dev.n1query.demo.library;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@JsonIgnore
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Author author;

	protected Book() {
	}

	public Book(Author author, String title) {
		this.author = author;
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Author getAuthor() {
		return this.author;
	}

}
