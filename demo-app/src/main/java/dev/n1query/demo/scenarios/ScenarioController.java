package dev.n1query.demo.scenarios;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The index page and its machine-readable twin. */
@Controller
class ScenarioController {

	private final ScenarioCatalog catalog;

	ScenarioController(ScenarioCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String index(Model model) {
		model.addAttribute("scenarios", this.catalog.all());
		return "index";
	}

	@GetMapping(path = "/scenarios", produces = "application/json")
	@ResponseBody
	List<Scenario> scenarios() {
		return this.catalog.all();
	}

}
