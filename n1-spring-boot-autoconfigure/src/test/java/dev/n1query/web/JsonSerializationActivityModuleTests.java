package dev.n1query.web;

import java.lang.management.ManagementFactory;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JSON module without Spring: what a lazy load triggered while a response is written
 * hears as its location, and what telling it costs.
 */
class JsonSerializationActivityModuleTests {

	private final QueryTracker tracker = new QueryTracker();

	private final JsonMapper mapper = JsonMapper.builder()
		.addModule(new JsonSerializationActivityModule(this.tracker))
		.build();

	private final List<String> seen = new ArrayList<>();

	private boolean strandDetail;

	@Test
	void aPropertyIsLocatedByItsPathAndANestedOneGivesItBack() {
		try (QueryScope scope = this.tracker.open("json")) {
			// The second book is fetched (and seen) after the first one's publisher was written.
			this.mapper.writeValueAsString(
					List.of(new Author(this, "Ann", new Book(this, "Dune"), new Book(this, "Emma"))));
			assertThat(this.seen).containsExactly("writing the response at $[*].books (Author.books)",
					"writing the response at $[*].books[*].publisher (Book.publisher)",
					"writing the response at $[*].books (Author.books)",
					"writing the response at $[*].books[*].publisher (Book.publisher)",
					"writing the response at $[*].profile (Author.profile)");
			assertThat(scope.activityDetail()).isNull();
		}
	}

	@Test
	void aFailedWriteLeavesNothingDescribed() {
		try (QueryScope scope = this.tracker.open("json")) {
			assertThatExceptionOfType(JacksonException.class)
				.isThrownBy(() -> this.mapper.writeValueAsString(List.of(new Author(this, "Ann", new Book(this, null)))));
			assertThat(scope.activityDetail()).isNull();
			this.seen.clear();
			this.mapper.writeValueAsString(List.of(new Author(this, "Bo", new Book(this, "Dune"))));
			assertThat(this.seen).first().isEqualTo("writing the response at $[*].books (Author.books)");
		}
	}

	@Test
	void insideAnotherActivityTheResponseIsLocatedAndTheActivityGivenBack() {
		try (QueryScope scope = this.tracker.open("json")) {
			scope.swapActivityDetail(() -> "rendering page.html:3");
			this.mapper.writeValueAsString(List.of(new Author(this, "Ann", new Book(this, "Dune"))));
			assertThat(this.seen).startsWith("writing the response at $[*].books (Author.books)",
					"writing the response at $[*].books[*].publisher (Book.publisher)");
			assertThat(scope.activityDetail()).isEqualTo("rendering page.html:3");
		}
	}

	@Test
	void aNestedActivityThatDoesNotGiveTheLocationBackIsOverruled() {
		try (QueryScope scope = this.tracker.open("json")) {
			this.strandDetail = true; // as a template that failed inside a getter, before its end
			this.mapper.writeValueAsString(List.of(new Author(this, "Ann", new Book(this, "Dune"))));
			assertThat(this.seen).last().isEqualTo("writing the response at $[*].profile (Author.profile)");
			assertThat(scope.activityDetail()).isNull();
		}
	}

	@Test
	void anAnalysedScopeAllocatesNothingPerPropertyWritten() {
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			authors.add(new Author(null, "author " + i, new Book(null, "book " + i)));
		}
		// Jackson 3 writes properties in alphabetical order: Author.books (its first) and .profile,
		// Book.publisher (its first), Profile.bio, Publisher.name (declared order would make 7).
		int trackedWrites = authors.size() * 5;
		long withoutScope = Long.MAX_VALUE;
		long inScope = Long.MAX_VALUE;
		for (int round = 0; round < 5; round++) { // the least of several: the JIT settles
			withoutScope = Math.min(withoutScope, allocatedWriting(authors));
			try (QueryScope scope = this.tracker.open("json")) {
				inScope = Math.min(inScope, allocatedWriting(authors));
			}
		}
		assertThat((inScope - withoutScope) / (double) trackedWrites).isLessThan(4.0);
	}

	private long allocatedWriting(Object value) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		this.mapper.writeValueAsString(value);
		return threads.getCurrentThreadAllocatedBytes() - before;
	}

	void see() {
		QueryScope scope = this.tracker.analysedScope();
		this.seen.add((scope != null) ? scope.activityDetail() : null);
		if (scope != null && this.strandDetail) {
			scope.swapActivityDetail(() -> "rendering a template that never ended");
		}
	}

	public static final class Author {

		private final JsonSerializationActivityModuleTests test;

		private final String name;

		private final List<Book> books;

		Author(JsonSerializationActivityModuleTests test, String name, Book... books) {
			this.test = test;
			this.name = name;
			this.books = List.of(books);
		}

		public String getName() {
			return this.name;
		}

		public List<Book> getBooks() {
			if (this.test == null) {
				return this.books;
			}
			this.test.see();
			return new AbstractList<>() { // as a lazy collection: a later element fetched when reached

				@Override
				public Book get(int index) {
					if (index > 0) {
						Author.this.test.see();
					}
					return Author.this.books.get(index);
				}

				@Override
				public int size() {
					return Author.this.books.size();
				}

			};
		}

		public Profile getProfile() {
			if (this.test != null) {
				this.test.see();
			}
			return new Profile();
		}

	}

	public static final class Book {

		private final JsonSerializationActivityModuleTests test;

		private final String title;

		Book(JsonSerializationActivityModuleTests test, String title) {
			this.test = test;
			this.title = title;
		}

		public String getTitle() {
			return this.title;
		}

		public Publisher getPublisher() {
			if (this.test != null) {
				this.test.see();
			}
			if (this.title == null) {
				throw new IllegalStateException("no publisher for a book without a title");
			}
			return new Publisher();
		}

	}

	public static final class Profile {

		public String getBio() {
			return "bio";
		}

	}

	public static final class Publisher {

		public String getName() {
			return "publisher";
		}

	}

}
