package dev.n1query.demo;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The scenarios at other sizes: the fixed forms' counts must not move (except where
 * JDBC batches are counted), the broken forms' must follow N.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:scenarios-other;DB_CLOSE_DELAY=-1", "demo.customers=12",
				"demo.orders-per-customer=2", "demo.authors=15", "demo.books-per-author=2",
				"demo.streaming-services=60", "demo.import-lines=120" })
class ScenariosAtOtherSizesIntegrationTests extends AbstractScenariosIntegrationTests {

}
