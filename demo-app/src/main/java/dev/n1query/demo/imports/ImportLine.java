package dev.n1query.demo.imports;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One imported row. Its id is assigned by the application (no IDENTITY column, which
 * would disable JDBC batching) and it says it is new, so {@code save} inserts without a
 * SELECT first.
 */
@Entity
public class ImportLine implements Persistable<UUID> {

	@Id
	private UUID id = UUID.randomUUID();

	private String sku;

	private int quantity;

	@Transient
	private boolean isNew = true;

	protected ImportLine() {
		this.isNew = false;
	}

	public ImportLine(String sku, int quantity) {
		this.sku = sku;
		this.quantity = quantity;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	public String getSku() {
		return this.sku;
	}

	public int getQuantity() {
		return this.quantity;
	}

}
