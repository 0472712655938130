package dev.n1query.demo.testsupport;

import java.math.BigDecimal;

import dev.n1query.demo.shop.Customer;
import dev.n1query.demo.shop.PurchaseOrder;
import jakarta.persistence.EntityManager;

/** Makes the shop hold n customers with one order each, for the scaling tests. */
final class CustomerData {

	private CustomerData() {
	}

	static void exactly(EntityManager entityManager, int customers) {
		entityManager.createQuery("delete from PurchaseOrder").executeUpdate();
		entityManager.createQuery("delete from Customer").executeUpdate();
		for (int c = 1; c <= customers; c++) {
			Customer customer = new Customer("Customer " + c, "scale" + c + "@example.com");
			entityManager.persist(customer);
			entityManager.persist(new PurchaseOrder(customer, BigDecimal.TEN));
		}
	}

}
