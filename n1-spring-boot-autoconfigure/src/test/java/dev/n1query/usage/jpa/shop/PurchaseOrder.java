package dev.n1query.usage.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An order of a {@link Customer}. */
@Entity
public class PurchaseOrder {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Customer customer;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(Long id, Customer customer) {
		this.id = id;
		this.customer = customer;
	}

}
