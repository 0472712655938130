package dev.n1query.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sizes of the seeded data: large enough by default that every N+1 is obvious.
 *
 * @param customers customers, each with {@code ordersPerCustomer} orders
 * @param ordersPerCustomer orders per customer
 * @param authors authors, each with {@code booksPerAuthor} books, a profile and settings
 * @param booksPerAuthor books per author
 * @param streamingServices streaming services, each offering the demo movie
 * @param importLines rows written by one import
 * @param batchSize the JDBC batch size ({@code hibernate.jdbc.batch_size}) the fixed forms rely on
 */
@ConfigurationProperties("demo")
public record DemoProperties(Integer customers, Integer ordersPerCustomer, Integer authors, Integer booksPerAuthor,
		Integer streamingServices, Integer importLines, Integer batchSize) {

	public DemoProperties {
		customers = (customers != null) ? customers : 100;
		ordersPerCustomer = (ordersPerCustomer != null) ? ordersPerCustomer : 3;
		authors = (authors != null) ? authors : 100;
		booksPerAuthor = (booksPerAuthor != null) ? booksPerAuthor : 3;
		streamingServices = (streamingServices != null) ? streamingServices : 100;
		importLines = (importLines != null) ? importLines : 100;
		batchSize = (batchSize != null) ? batchSize : 50;
	}

	/** JDBC batches needed to write the given number of rows. */
	public int batches(int rows) {
		return (rows + this.batchSize - 1) / this.batchSize;
	}

}
