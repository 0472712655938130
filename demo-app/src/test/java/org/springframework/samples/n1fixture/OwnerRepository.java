package org.springframework.samples.n1fixture;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Owners. */
public interface OwnerRepository extends JpaRepository<OwnerEntity, Long> {

	List<OwnerEntity> findAllByOrderByIdAsc();

	OwnerEntity findByName(String name);

}
