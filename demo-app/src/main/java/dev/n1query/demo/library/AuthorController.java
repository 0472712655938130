package dev.n1query.demo.library;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Scenarios 4 and 8: HTML pages about authors. */
@Controller
class AuthorController {

	private final AuthorRepository authors;

	private final BookStats bookStats;

	AuthorController(AuthorRepository authors, BookStats bookStats) {
		this.authors = authors;
		this.bookStats = bookStats;
	}

	/** Broken: each row reads books, profile and settings: 1 + 3N statements. */
	@GetMapping("/authors")
	String authors(Model model) {
		model.addAttribute("authors", this.authors.findAllByOrderByIdAsc());
		model.addAttribute("fixed", false);
		return "authors";
	}

	/** Fixed: an entity graph over the three relations, one statement. */
	@GetMapping("/authors/fixed")
	String authorsFixed(Model model) {
		model.addAttribute("authors", this.authors.findAllWithBooksProfileAndSettings());
		model.addAttribute("fixed", true);
		return "authors";
	}

	/** Broken: the template calls {@code @bookStats.countFor(author)} per row. */
	@GetMapping("/authors/book-counts")
	String bookCounts(Model model) {
		model.addAttribute("authors", this.authors.findAllByOrderByIdAsc());
		model.addAttribute("fixed", false);
		return "book-counts";
	}

	/** Fixed: one grouped COUNT, looked up per row from a map. */
	@GetMapping("/authors/book-counts/fixed")
	String bookCountsFixed(Model model) {
		model.addAttribute("authors", this.authors.findAllByOrderByIdAsc());
		model.addAttribute("counts", this.bookStats.countsByAuthor());
		model.addAttribute("fixed", true);
		return "book-counts";
	}

}
