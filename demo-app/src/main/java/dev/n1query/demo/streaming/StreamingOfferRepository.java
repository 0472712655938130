package dev.n1query.demo.streaming;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface StreamingOfferRepository extends JpaRepository<StreamingOffer, UUID> {

	/** Loads every offer, then deletes them one statement each. */
	@Transactional
	long deleteByMovie(Movie movie);

	/** The fix: one DELETE statement. */
	@Modifying
	@Query("delete from StreamingOffer o where o.movie = ?1")
	int deleteAllOfMovie(Movie movie);

	long countByMovie(Movie movie);

	List<StreamingOffer> findByMovieOrderByOfferType(Movie movie);

}
