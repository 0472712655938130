package dev.n1query.demo.jpafix;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Test-only repository. */
public interface TeamRepository extends JpaRepository<Team, Long> {

	List<Team> findAllByOrderByIdAsc();

}
