package dev.n1query.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.n1query.test.N1Assertions.assertQueries;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** {@code assertQueries(…)} passing and failing, with its messages. */
@SpringBootTest(classes = SampleApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:assertions")
@AutoConfigureMockMvc
class N1AssertionsTests {

	@Autowired
	SampleApplication.OrderService orders;

	@Autowired
	MockMvc mockMvc;

	@Test
	void countAndBudgetPass() {
		assertQueries(() -> this.orders.totalsAtOnce()).count(1).atMost(2).selects(1).inserts(0).noNPlusOne()
			.noDuplicates();
	}

	@Test
	void wrongCountFailsListingTheStatementsGrouped() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.orders.totalsOneByOne(2)).count(3))
			.withMessageStartingWith("Expected 3 statements in the block, got 2 statements (2 select)")
			.withMessageContaining("2 × select ? * ?   [SampleApplication$OrderService.totalsOneByOne(SampleApplication.java:")
			.withMessageContaining("1. select ? * 10   [1]")
			.withMessageContaining("2. select ? * 10   [2]");
	}

	@Test
	void budgetFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.orders.totalsOneByOne(4)).atMost(3))
			.withMessageStartingWith("Expected at most 3 statements in the block, got 4 statements");
	}

	@Test
	void statementKindsAreCounted() {
		assertQueries(() -> this.orders.insertOne()).inserts(1).selects(0);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.orders.insertOne()).inserts(2))
			.withMessageStartingWith("Expected 2 insert statements, got 1 in the block");
	}

	@Test
	void nPlusOneFailsNamingItsCallSite() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.orders.totalsOneByOne(5)).noNPlusOne())
			.withMessageStartingWith("Expected no N+1, found 1: 5 × [select ? * ?] from "
					+ "SampleApplication$OrderService.totalsOneByOne(SampleApplication.java:")
			.withMessageContaining("N+1: 5 × [select ? * ?]");
		assertQueries(() -> this.orders.totalsOneByOne(5)).hasNPlusOne();
	}

	@Test
	void duplicatesFail() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.orders.profileTwice()).noDuplicates())
			.withMessageStartingWith("Expected no duplicate statements, found 1: 2 × [select ? + ?] identical");
		assertQueries(() -> this.orders.profileTwice()).hasDuplicates().noNPlusOne();
	}

	@Test
	void requestsMadeInTheBlockAreCountedWithTheirOwnFindings() {
		assertQueries(() -> this.mockMvc.perform(get("/orders/fixed"))).count(1).noNPlusOne();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertQueries(() -> this.mockMvc.perform(get("/orders"))).noNPlusOne())
			.withMessageContaining("in GET /orders: 5 statements");
	}

	@Test
	void failingBlockIsReportedWithWhatRan() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertQueries(() -> {
			this.orders.totalsAtOnce();
			throw new IllegalStateException("boom");
		})).withMessageStartingWith("The block under assertQueries failed after 1 statements").satisfies((error) ->
				assertThat(error.getCause()).hasMessage("boom"));
	}

}
