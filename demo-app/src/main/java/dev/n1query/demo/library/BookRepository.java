package dev.n1query.demo.library;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookRepository extends JpaRepository<Book, Long> {

	long countByAuthor(Author author);

	/** The fix for scenario 8: every author's count in one grouped statement. */
	@Query("select b.author.id as authorId, count(b) as books from Book b group by b.author.id")
	List<BookCount> countPerAuthor();

	interface BookCount {

		Long getAuthorId();

		long getBooks();

	}

}
