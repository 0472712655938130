package org.springframework.samples.n1fixture;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** Loads the same owner in a @ModelAttribute method and again in the handler. */
@RestController
public class FeaturedOwnerController {

	private final OwnerRepository owners;

	FeaturedOwnerController(OwnerRepository owners) {
		this.owners = owners;
	}

	@ModelAttribute("featured")
	OwnerEntity featured() {
		return this.owners.findByName("Owner 1"); // model attribute
	}

	@GetMapping("/fixture/featured")
	String featuredName(@ModelAttribute("featured") OwnerEntity featured) {
		OwnerEntity again = this.owners.findByName("Owner 1"); // handler
		return featured.getName() + " " + again.getName();
	}

}
