package dev.n1query.demo.jpafix;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Test-only repository: the roots of the fixture's lazy loads. */
public interface ClubRepository extends JpaRepository<Club, Long> {

	List<Club> findAllByOrderByIdAsc();

	/** The fix N1 suggests for the clubs with their members' lockers, applied as written. */
	@EntityGraph(attributePaths = { "members", "members.locker" })
	@Query("select c from Club c order by c.id")
	List<Club> findAllWithMembersAndLockers();

	@EntityGraph(attributePaths = "members")
	@Query("select c from Club c order by c.id")
	List<Club> findAllWithMembers();

}
