package org.springframework.samples.n1fixture;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Owners as a page, as JSON, and counted in the handler. */
@Controller
public class OwnerPagesController {

	private final OwnerRepository owners;

	private final PetService pets;

	OwnerPagesController(OwnerRepository owners, PetService pets) {
		this.owners = owners;
		this.pets = pets;
	}

	@GetMapping("/fixture/owners")
	String page(Model model) {
		model.addAttribute("owners", this.owners.findAllByOrderByIdAsc());
		return "n1fixture/owners";
	}

	@GetMapping("/fixture/owners.json")
	@ResponseBody
	List<OwnerEntity> json() {
		return this.owners.findAllByOrderByIdAsc();
	}

	@GetMapping("/fixture/pets")
	@ResponseBody
	List<PetMapperImpl.PetDto> pets() {
		return this.pets.listDtos();
	}

	@GetMapping("/fixture/pet-counts")
	@ResponseBody
	@Transactional(readOnly = true)
	public List<Integer> petCounts() {
		List<Integer> counts = new ArrayList<>();
		for (OwnerEntity owner : this.owners.findAllByOrderByIdAsc()) {
			counts.add(owner.getPets().size()); // in the handler
		}
		return counts;
	}

}
