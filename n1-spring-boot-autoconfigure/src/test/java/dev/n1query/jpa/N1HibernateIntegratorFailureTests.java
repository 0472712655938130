package dev.n1query.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside N1's Hibernate load listeners (building N1's model of the mapping
 * fails, as it could on a mapping N1 does not expect; the tracker cannot be had) never reaches the
 * application's load: lazy collections, proxies and EAGER to-ones still load, and no load
 * frame stays behind on the thread.
 */
class N1HibernateIntegratorFailureTests {

	private final QueryTracker tracker = new QueryTracker();

	private final AtomicInteger modelsBuilt = new AtomicInteger();

	private final N1HibernateIntegrator integrator = new N1HibernateIntegrator(() -> this.tracker, true,
			(sessionFactory) -> {
				this.modelsBuilt.incrementAndGet();
				throw new IllegalStateException("a mapping N1's model cannot read");
			});

	private SessionFactory sessionFactory;

	@BeforeEach
	void start() {
		start(this.integrator);
	}

	private void start(N1HibernateIntegrator integrator) {
		Configuration configuration = new Configuration(
				new BootstrapServiceRegistryBuilder().applyIntegrator(integrator).build());
		configuration.addAnnotatedClass(Shelf.class).addAnnotatedClass(Book.class).addAnnotatedClass(Genre.class);
		configuration.setProperty("hibernate.connection.url", "jdbc:h2:mem:integrator-failure;DB_CLOSE_DELAY=-1");
		configuration.setProperty("hibernate.hbm2ddl.auto", "create-drop");
		this.sessionFactory = configuration.buildSessionFactory();
		this.sessionFactory.inTransaction((session) -> {
			Genre genre = new Genre(1L, "essays");
			session.persist(genre);
			for (long shelfId = 1; shelfId <= 2; shelfId++) {
				Shelf shelf = new Shelf(shelfId, "shelf " + shelfId);
				session.persist(shelf);
				for (long n = 1; n <= 2; n++) {
					session.persist(new Book(shelfId * 10 + n, "book " + shelfId + "." + n, shelf, genre));
				}
			}
		});
	}

	@AfterEach
	void stop() {
		this.sessionFactory.close();
	}

	@Test
	void lazyCollectionsStillLoad() {
		List<String> read = new ArrayList<>();
		inAnalysedScope(() -> {
			try (Session session = this.sessionFactory.openSession()) {
				for (Shelf shelf : session.createSelectionQuery("from Shelf order by id", Shelf.class).list()) {
					shelf.books.forEach((book) -> read.add(shelf.name + ": " + book.title));
				}
			}
		});
		assertThat(read).containsExactly("shelf 1: book 1.1", "shelf 1: book 1.2", "shelf 2: book 2.1",
				"shelf 2: book 2.2");
	}

	@Test
	void lazyProxiesAndEagerToOnesStillLoad() {
		List<String> read = new ArrayList<>();
		inAnalysedScope(() -> {
			try (Session session = this.sessionFactory.openSession()) {
				for (Book book : session.createSelectionQuery("from Book order by id", Book.class).list()) {
					read.add(book.title + " (" + book.genre.name + ") on " + book.shelf.getName());
				}
			}
		});
		assertThat(read).containsExactly("book 1.1 (essays) on shelf 1", "book 1.2 (essays) on shelf 1",
				"book 2.1 (essays) on shelf 2", "book 2.2 (essays) on shelf 2");
		assertThat(this.modelsBuilt).as("tried once, not per load").hasValue(1);
		assertThat(this.integrator.models()).as("what findings are enriched with: none readable").isEmpty();
	}

	@Test
	void aHibernateVersionWhoseApiDiffersFromN1sLeavesLoadsAlone() {
		this.sessionFactory.close();
		AtomicInteger built = new AtomicInteger();
		start(new N1HibernateIntegrator(() -> this.tracker, true, (sessionFactory) -> {
			built.incrementAndGet();
			throw new NoSuchMethodError("org.hibernate.persister.entity.EntityPersister.getGenerator()");
		}));
		List<String> read = new ArrayList<>();
		inAnalysedScope(() -> {
			try (Session session = this.sessionFactory.openSession()) {
				for (Book book : session.createSelectionQuery("from Book order by id", Book.class).list()) {
					read.add(book.title + " on " + book.shelf.getName() + " with " + book.shelf.getBooks().size());
				}
			}
		});
		assertThat(read).containsExactly("book 1.1 on shelf 1 with 2", "book 1.2 on shelf 1 with 2",
				"book 2.1 on shelf 2 with 2", "book 2.2 on shelf 2 with 2");
		assertThat(built).as("tried once, not per load").hasValue(1);
	}

	@Test
	void aTrackerThatCannotBeHadLeavesLoadsAlone() {
		this.sessionFactory.close();
		start(new N1HibernateIntegrator(() -> {
			throw new IllegalStateException("Requested bean is currently in creation");
		}, true));
		List<String> read = new ArrayList<>();
		try (Session session = this.sessionFactory.openSession()) {
			for (Book book : session.createSelectionQuery("from Book order by id", Book.class).list()) {
				read.add(book.title + " (" + book.genre.name + ") on " + book.shelf.getName() + " with "
						+ book.shelf.getBooks().size());
			}
		}
		assertThat(read).containsExactly("book 1.1 (essays) on shelf 1 with 2", "book 1.2 (essays) on shelf 1 with 2",
				"book 2.1 (essays) on shelf 2 with 2", "book 2.2 (essays) on shelf 2 with 2");
	}

	private void inAnalysedScope(Runnable loads) {
		try (QueryScope scope = this.tracker.open("page")) {
			assertThat(this.tracker.analysedScope()).isSameAs(scope);
			loads.run();
			assertThat(this.integrator.currentLoad()).as("a load frame left on the thread").isNull();
		}
	}

	@Entity(name = "Shelf")
	static class Shelf {

		@Id
		Long id;

		String name;

		@OneToMany(mappedBy = "shelf")
		List<Book> books = new ArrayList<>();

		Shelf() {
		}

		Shelf(Long id, String name) {
			this.id = id;
			this.name = name;
		}

		// Through a method: the book's shelf is a lazy proxy, whose fields stay empty.
		String getName() {
			return this.name;
		}

		List<Book> getBooks() {
			return this.books;
		}

	}

	@Entity(name = "Book")
	static class Book {

		@Id
		Long id;

		String title;

		@ManyToOne(fetch = FetchType.LAZY)
		Shelf shelf;

		// EAGER, loaded by a statement of its own per book when the query does not join it.
		@ManyToOne(fetch = FetchType.EAGER)
		Genre genre;

		Book() {
		}

		Book(Long id, String title, Shelf shelf, Genre genre) {
			this.id = id;
			this.title = title;
			this.shelf = shelf;
			this.genre = genre;
		}

	}

	@Entity(name = "Genre")
	static class Genre {

		@Id
		Long id;

		String name;

		Genre() {
		}

		Genre(Long id, String name) {
			this.id = id;
			this.name = name;
		}

	}

}
