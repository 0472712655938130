package dev.n1query.demo.shop;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

	List<PurchaseOrder> findAllByOrderByIdAsc();

	/** The fix for scenario 2: the customer comes in the same statement. */
	@Query("select o from PurchaseOrder o join fetch o.customer order by o.id")
	List<PurchaseOrder> findAllWithCustomer();

}
