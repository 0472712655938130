package dev.n1query.demo.library;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;

@Entity
public class Author {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@OneToMany(mappedBy = "author")
	@OrderBy("id")
	private List<Book> books = new ArrayList<>();

	@JsonIgnore
	@OneToOne(fetch = FetchType.LAZY)
	private AuthorProfile profile;

	@JsonIgnore
	@OneToOne(fetch = FetchType.LAZY)
	private AuthorSettings settings;

	protected Author() {
	}

	public Author(String name, AuthorProfile profile, AuthorSettings settings) {
		this.name = name;
		this.profile = profile;
		this.settings = settings;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<Book> getBooks() {
		return this.books;
	}

	public AuthorProfile getProfile() {
		return this.profile;
	}

	public AuthorSettings getSettings() {
		return this.settings;
	}

}
