package dev.n1query.demo.imports;

import dev.n1query.demo.AssignedIdEntity;
import jakarta.persistence.Entity;

/** One imported row, with an id assigned by the application so its inserts can be batched. */
@Entity
public class ImportLine extends AssignedIdEntity {

	private String sku;

	private int quantity;

	protected ImportLine() {
	}

	public ImportLine(String sku, int quantity) {
		this.sku = sku;
		this.quantity = quantity;
	}

	public String getSku() {
		return this.sku;
	}

	public int getQuantity() {
		return this.quantity;
	}

}
