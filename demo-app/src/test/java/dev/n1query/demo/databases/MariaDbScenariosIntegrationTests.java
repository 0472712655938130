package dev.n1query.demo.databases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Every demo scenario on a real MariaDB: same counts, same findings. */
@RealDatabase(RealDatabase.MARIADB)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + RealDatabase.MARIADB, "spring.datasource.username=n1test",
				"spring.datasource.password=n1test" })
class MariaDbScenariosIntegrationTests extends dev.n1query.demo.AbstractScenariosIntegrationTests {

}
