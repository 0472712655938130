package dev.n1query.usage.jpa.shop;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

/** A customer, with orders loaded lazily. */
@Entity
public class Customer {

	@Id
	private Long id;

	@OneToMany(mappedBy = "customer")
	private List<PurchaseOrder> orders = new ArrayList<>();

	protected Customer() {
	}

	public Customer(Long id) {
		this.id = id;
	}

	public List<PurchaseOrder> getOrders() {
		return this.orders;
	}

}
