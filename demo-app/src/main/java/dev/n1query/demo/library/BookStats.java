package dev.n1query.demo.library;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Book counts for templates, as {@code ${@bookStats.countFor(author)}}: a per-row
 * aggregate hidden behind a friendly method (scenario 8).
 */
@Component("bookStats")
public class BookStats {

	private final BookRepository books;

	BookStats(BookRepository books) {
		this.books = books;
	}

	/** Broken when called per row: one COUNT statement each time. */
	public long countFor(Author author) {
		return this.books.countByAuthor(author);
	}

	/** The fix: all counts at once, looked up per row from the map. */
	public Map<Long, Long> countsByAuthor() {
		return this.books.countPerAuthor()
			.stream()
			.collect(Collectors.toMap(BookRepository.BookCount::getAuthorId, BookRepository.BookCount::getBooks));
	}

}
