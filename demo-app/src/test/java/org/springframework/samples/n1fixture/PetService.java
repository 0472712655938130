package org.springframework.samples.n1fixture;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hand-written service that maps pets through the generated mapper. */
@Service
public class PetService {

	private final PetRepository pets;

	private final PetMapperImpl mapper;

	PetService(PetRepository pets, PetMapperImpl mapper) {
		this.pets = pets;
		this.mapper = mapper;
	}

	@Transactional(readOnly = true)
	public List<PetMapperImpl.PetDto> listDtos() {
		List<PetMapperImpl.PetDto> dtos = new ArrayList<>();
		for (PetEntity pet : this.pets.findAllByOrderByIdAsc()) {
			dtos.add(this.mapper.toDto(pet)); // via mapper
		}
		return dtos;
	}

}
