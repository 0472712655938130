package dev.n1query.demo.shop;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Scenarios 1 and 2: a list page reading an association per row in the template; and the
 * opposite mistake, a page fetching an association it never shows.
 */
@Controller
class CustomerController {

	private final CustomerRepository customers;

	private final PurchaseOrderRepository orders;

	CustomerController(CustomerRepository customers, PurchaseOrderRepository orders) {
		this.customers = customers;
		this.orders = orders;
	}

	/** Broken: the template reads {@code customer.orders}, one SELECT per customer. */
	@GetMapping("/customers")
	String customers(Model model) {
		model.addAttribute("customers", this.customers.findAllByOrderByIdAsc());
		model.addAttribute("fixed", false);
		return "customers";
	}

	/** Fixed: {@code @EntityGraph(attributePaths = "orders")}, one statement. */
	@GetMapping("/customers/fixed")
	String customersFixed(Model model) {
		model.addAttribute("customers", this.customers.findAllWithOrders());
		model.addAttribute("fixed", true);
		return "customers";
	}

	/**
	 * Unused eager loading: reuses the list page's query, which fetches every customer's
	 * orders, for a directory that shows names and e-mails only. N1 reports it at INFO.
	 */
	@GetMapping("/customers/directory")
	String directory(Model model) {
		model.addAttribute("customers", this.customers.findAllWithOrders());
		model.addAttribute("fixed", false);
		return "customer-directory";
	}

	/** Fixed: a query without the orders. */
	@GetMapping("/customers/directory/fixed")
	String directoryFixed(Model model) {
		model.addAttribute("customers", this.customers.findAllByOrderByIdAsc());
		model.addAttribute("fixed", true);
		return "customer-directory";
	}

	/** Broken: the template reads {@code order.customer.name}, one SELECT per customer. */
	@GetMapping("/orders")
	String orders(Model model) {
		model.addAttribute("orders", this.orders.findAllByOrderByIdAsc());
		model.addAttribute("fixed", false);
		return "orders";
	}

	/** Fixed: {@code join fetch o.customer}, one statement. */
	@GetMapping("/orders/fixed")
	String ordersFixed(Model model) {
		model.addAttribute("orders", this.orders.findAllWithCustomer());
		model.addAttribute("fixed", true);
		return "orders";
	}

}
