package dev.n1query.demo.library;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuthorRepository extends JpaRepository<Author, Long> {

	List<Author> findAllByOrderByIdAsc();

	/** The fix for scenario 3: books come with their authors. */
	@EntityGraph(attributePaths = "books")
	@Query("select a from Author a order by a.id")
	List<Author> findAllWithBooks();

	/** The fix for scenario 4: every relation the page reads, in one statement. */
	@EntityGraph(attributePaths = { "books", "profile", "settings" })
	@Query("select a from Author a order by a.id")
	List<Author> findAllWithBooksProfileAndSettings();

}
