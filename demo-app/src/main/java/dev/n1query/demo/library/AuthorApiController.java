package dev.n1query.demo.library;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenario 3: nested JSON. Jackson serializes each author's books, and each lazy
 * collection it touches is one more SELECT.
 */
@RestController
class AuthorApiController {

	private final AuthorRepository authors;

	AuthorApiController(AuthorRepository authors) {
		this.authors = authors;
	}

	/** Broken: {@code Author.books} is loaded while Jackson writes the response. */
	@GetMapping("/api/authors")
	List<Author> authors() {
		return this.authors.findAllByOrderByIdAsc();
	}

	/** Fixed: {@code @EntityGraph(attributePaths = "books")}, one statement. */
	@GetMapping("/api/authors/fixed")
	List<Author> authorsFixed() {
		return this.authors.findAllWithBooks();
	}

}
