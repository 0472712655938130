package dev.n1query.demo.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.n1query.demo.DemoProperties;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenario 6: an import that writes one row per line.
 */
@RestController
class ImportController {

	private final ImportLineRepository lines;

	private final DemoProperties properties;

	ImportController(ImportLineRepository lines, DemoProperties properties) {
		this.lines = lines;
		this.properties = properties;
	}

	/** Broken: {@code save} per line, each in its own transaction: one INSERT per row. */
	@PostMapping("/imports")
	Map<String, Integer> importLines() {
		List<ImportLine> parsed = parse();
		for (ImportLine line : parsed) {
			this.lines.save(line);
		}
		return Map.of("imported", parsed.size());
	}

	/** Fixed: {@code saveAll} in one transaction, sent as JDBC batches of {@code batch_size}. */
	@PostMapping("/imports/fixed")
	Map<String, Integer> importLinesFixed() {
		List<ImportLine> parsed = parse();
		this.lines.saveAll(parsed);
		return Map.of("imported", parsed.size());
	}

	private List<ImportLine> parse() {
		List<ImportLine> parsed = new ArrayList<>();
		for (int i = 1; i <= this.properties.importLines(); i++) {
			parsed.add(new ImportLine("SKU-" + i, i % 7 + 1));
		}
		return parsed;
	}

}
