package dev.n1query.demo.observability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PromQL in docs/metrics.md is exactly the dashboard's and the alert rules'. */
class DocumentedPromqlTests {

	@Test
	void documentedPromqlIsTheShippedPromql() throws Exception {
		List<String> blocks = promqlBlocks(Files.readString(Path.of("..", "docs", "metrics.md")));
		assertThat(blocks).hasSize(2);
		assertThat(blocks.get(0).lines().toList()).isEqualTo(PrometheusIntegrationTests.dashboardExpressions());
		assertThat(blocks.get(1).lines().toList()).isEqualTo(PrometheusIntegrationTests.ruleExpressions());
	}

	private static List<String> promqlBlocks(String markdown) {
		List<String> blocks = new ArrayList<>();
		int start = markdown.indexOf("```promql\n");
		while (start >= 0) {
			int end = markdown.indexOf("\n```", start);
			blocks.add(markdown.substring(start + "```promql\n".length(), end));
			start = markdown.indexOf("```promql\n", end);
		}
		return blocks;
	}

}
