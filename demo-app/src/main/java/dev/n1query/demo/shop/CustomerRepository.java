package dev.n1query.demo.shop;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	List<Customer> findAllByOrderByIdAsc();

	/** The fix for scenario 1: the orders come in the same statement. */
	@EntityGraph(attributePaths = "orders")
	@Query("select c from Customer c order by c.id")
	List<Customer> findAllWithOrders();

	Optional<Customer> findByEmail(String email);

	List<Customer> findByNameContainingIgnoreCaseOrderByIdAsc(String name);

}
