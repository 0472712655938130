package dev.n1query.demo.web;

import java.util.List;

import dev.n1query.demo.shop.Customer;
import dev.n1query.demo.shop.CustomerRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages that show N1's panel at work beyond the scenarios: a page that loads its data in
 * the background (the panel lists those requests), and a search whose term is a bind
 * parameter (the panel shows it as text, whatever it contains).
 */
@Controller
class ActivityController {

	private final CustomerRepository customers;

	ActivityController(CustomerRepository customers) {
		this.customers = customers;
	}

	@GetMapping("/activity")
	String activity() {
		return "activity";
	}

	@GetMapping("/customers/search")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		List<Customer> found = this.customers.findByNameContainingIgnoreCaseOrderByIdAsc(q);
		model.addAttribute("q", q);
		model.addAttribute("customers", found);
		return "search";
	}

}
