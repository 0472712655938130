package org.springframework.samples.n1fixture;

import org.springframework.stereotype.Component;

/** Stands for the implementation MapStruct generates for a {@code PetMapper}. */
@Component
public class PetMapperImpl {

	public PetDto toDto(PetEntity pet) {
		return new PetDto(pet.getName(), pet.getOwner().getName());
	}

	/** A pet with its owner's name. */
	public record PetDto(String name, String owner) {
	}

}
