package dev.n1query.demo;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The scenarios at the demo's default sizes (100 parents each). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:scenarios-default;DB_CLOSE_DELAY=-1")
class ScenariosAtDefaultSizesIntegrationTests extends AbstractScenariosIntegrationTests {

}
