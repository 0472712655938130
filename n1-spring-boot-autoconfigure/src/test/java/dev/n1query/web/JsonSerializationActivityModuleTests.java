package dev.n1query.web;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void aPropertyIsLocatedByItsPathAndANestedOneGivesItBack() {
		try (QueryScope scope = this.tracker.open("json")) {
			this.mapper.writeValueAsString(List.of(new Author(this, "Ann", new Book(this, "Dune"))));
			assertThat(this.seen).containsExactly("writing the response at $[*].books (Author.books)",
					"writing the response at $[*].books[*].publisher (Book.publisher)",
					"writing the response at $[*].profile (Author.profile)");
			assertThat(scope.activityDetail()).isNull();
		}
	}

	@Test
	void anAnalysedScopeAllocatesNothingPerPropertyWritten() {
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			authors.add(new Author(null, "author " + i, new Book(null, "book " + i)));
		}
		int trackedWrites = authors.size() * 5; // Author: name (its first), books, profile; Book: title, publisher
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
	}

	public static final class Author {

		private final JsonSerializationActivityModuleTests test;

		private final String name;

		private final Book book;

		Author(JsonSerializationActivityModuleTests test, String name, Book book) {
			this.test = test;
			this.name = name;
			this.book = book;
		}

		public String getName() {
			return this.name;
		}

		public List<Book> getBooks() {
			if (this.test != null) {
				this.test.see();
			}
			return List.of(this.book);
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
