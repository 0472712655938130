package dev.n1query.demo.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class AuthorSettings {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private boolean newsletter;

	protected AuthorSettings() {
	}

	public AuthorSettings(boolean newsletter) {
		this.newsletter = newsletter;
	}

	public Long getId() {
		return this.id;
	}

	public boolean isNewsletter() {
		return this.newsletter;
	}

}
