package dev.n1query.demo;

import java.math.BigDecimal;
import dev.n1query.demo.library.Author;
import dev.n1query.demo.library.AuthorProfile;
import dev.n1query.demo.library.AuthorSettings;
import dev.n1query.demo.library.Book;
import dev.n1query.demo.shop.Customer;
import dev.n1query.demo.shop.PurchaseOrder;
import dev.n1query.demo.streaming.Movie;
import dev.n1query.demo.streaming.StreamingOffer;
import dev.n1query.demo.streaming.StreamingService;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo data at start-up, at the sizes {@link DemoProperties} gives, once every
 * bean exists and before the web server starts, so the first page served already shows
 * it (an {@code ApplicationRunner} would run after the server listens). Runs outside any
 * request, so N1 only counts these statements.
 */
@Component
class DataSeeder implements SmartInitializingSingleton {

	private final EntityManager entityManager;

	private final DemoProperties properties;

	private final TransactionTemplate transaction;

	DataSeeder(EntityManager entityManager, DemoProperties properties, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult((status) -> seed());
	}

	private void seed() {
		for (int c = 1; c <= this.properties.customers(); c++) {
			Customer customer = persist(new Customer("Customer " + c, "customer" + c + "@example.com"));
			for (int o = 1; o <= this.properties.ordersPerCustomer(); o++) {
				persist(new PurchaseOrder(customer, BigDecimal.valueOf(c * 10L + o, 1)));
			}
		}
		for (int a = 1; a <= this.properties.authors(); a++) {
			Author author = persist(new Author(authorName(a), persist(new AuthorProfile("Bio of author " + a)),
					persist(new AuthorSettings(a % 2 == 0))));
			for (int b = 1; b <= this.properties.booksPerAuthor(); b++) {
				persist(new Book(author, "Book " + b + " by author " + a));
			}
		}
		Movie movie = persist(new Movie("The N+1 Identity"));
		for (int s = 1; s <= this.properties.streamingServices(); s++) {
			StreamingService service = persist(new StreamingService(1000 + s, "Service " + s));
			persist(new StreamingOffer(movie, service, "flatrate"));
		}
	}

	// One author's name carries markup, to show that N1 escapes what it displays.
	private static String authorName(int index) {
		return (index == 1) ? "Ada <script>alert('n1')</script> Lovelace" : "Author " + index;
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
