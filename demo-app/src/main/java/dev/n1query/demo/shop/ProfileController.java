package dev.n1query.demo.shop;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Scenario 7: the signed-in customer's profile is fetched by a model attribute for the
 * page header, and again by the handler: the same row twice in one request.
 */
@Controller
class ProfileController {

	private final CustomerRepository customers;

	private final String currentUserEmail;

	ProfileController(CustomerRepository customers, @Value("${demo.current-user:customer1@example.com}") String email) {
		this.customers = customers;
		this.currentUserEmail = email;
	}

	/** Runs before every handler of this controller, like a header's "signed in as". */
	@ModelAttribute("currentUser")
	Customer currentUser() {
		return this.customers.findByEmail(this.currentUserEmail).orElseThrow();
	}

	/** Broken: looks the profile up again instead of using the model attribute. */
	@GetMapping("/profile")
	String profile(Model model) {
		model.addAttribute("profile", this.customers.findByEmail(this.currentUserEmail).orElseThrow());
		model.addAttribute("fixed", false);
		return "profile";
	}

	/** Fixed: reuses the customer the model attribute already loaded. */
	@GetMapping("/profile/fixed")
	String profileFixed(@ModelAttribute("currentUser") Customer currentUser, Model model) {
		model.addAttribute("profile", currentUser);
		model.addAttribute("fixed", true);
		return "profile";
	}

}
