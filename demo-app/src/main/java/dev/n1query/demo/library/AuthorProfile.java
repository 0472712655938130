package dev.n1query.demo.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class AuthorProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String bio;

	protected AuthorProfile() {
	}

	public AuthorProfile(String bio) {
		this.bio = bio;
	}

	public Long getId() {
		return this.id;
	}

	public String getBio() {
		return this.bio;
	}

}
