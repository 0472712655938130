package org.springframework.samples.n1fixture;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Pets. */
public interface PetRepository extends JpaRepository<PetEntity, Long> {

	List<PetEntity> findAllByOrderByIdAsc();

}
