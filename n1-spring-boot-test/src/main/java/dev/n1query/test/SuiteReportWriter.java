package dev.n1query.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.n1query.core.CallSite;
import dev.n1query.core.Finding;
import dev.n1query.core.ReportFormatter;

/**
 * Writes a {@link SuiteReport} as {@code report.json} (for tools) and {@code report.html}
 * (self-contained: inline styles, no script, no network).
 */
final class SuiteReportWriter {

	private SuiteReportWriter() {
	}

	static void write(SuiteReport report, Path directory) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve("report.json"), json(report), StandardCharsets.UTF_8);
			Files.writeString(directory.resolve("report.html"), html(report), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String json(SuiteReport report) {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"generatedAt\": ").append(quote(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()))
			.append(",\n");
		json.append("  \"totals\": {\"tests\": ").append(report.tests().size()).append(", \"statements\": ")
			.append(report.statements()).append(", \"nPlusOne\": ").append(report.nPlusOne())
			.append(", \"duplicates\": ").append(report.duplicates()).append(", \"testsWithFindings\": ")
			.append(report.testsWithFindings()).append("},\n");
		json.append("  \"worstTests\": [");
		List<SuiteReport.TestEntry> worst = report.worst();
		for (int i = 0; i < worst.size(); i++) {
			SuiteReport.TestEntry test = worst.get(i);
			json.append((i == 0) ? "\n" : ",\n").append("    {\"class\": ").append(quote(test.className()))
				.append(", \"test\": ").append(quote(test.methodName())).append(", \"statements\": ")
				.append(test.statements()).append(", \"nPlusOne\": ").append(test.nPlusOne().size())
				.append(", \"duplicates\": ").append(test.duplicates().size()).append('}');
		}
		json.append(worst.isEmpty() ? "],\n" : "\n  ],\n");
		json.append("  \"classes\": [");
		boolean firstClass = true;
		for (Map.Entry<String, List<SuiteReport.TestEntry>> entry : report.byClass().entrySet()) {
			List<SuiteReport.TestEntry> tests = entry.getValue();
			json.append(firstClass ? "\n" : ",\n").append("    {\"name\": ").append(quote(entry.getKey()))
				.append(", \"statements\": ").append(tests.stream().mapToInt(SuiteReport.TestEntry::statements).sum())
				.append(", \"nPlusOne\": ").append(tests.stream().mapToInt((test) -> test.nPlusOne().size()).sum())
				.append(", \"duplicates\": ")
				.append(tests.stream().mapToInt((test) -> test.duplicates().size()).sum())
				.append(", \"tests\": [");
			for (int i = 0; i < tests.size(); i++) {
				SuiteReport.TestEntry test = tests.get(i);
				json.append((i == 0) ? "\n" : ",\n").append("      {\"name\": ").append(quote(test.methodName()))
					.append(", \"displayName\": ").append(quote(test.displayName())).append(", \"status\": ")
					.append(quote(test.status())).append(", \"statements\": ").append(test.statements())
					.append(", \"nPlusOne\": ").append(findings(test.nPlusOne())).append(", \"duplicates\": ")
					.append(findings(test.duplicates())).append('}');
			}
			json.append("\n    ]}");
			firstClass = false;
		}
		json.append(firstClass ? "]\n}\n" : "\n  ]\n}\n");
		return json.toString();
	}

	private static String findings(List<Finding> findings) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			CallSite site = finding.callSite();
			json.append((i == 0) ? "" : ", ").append("{\"count\": ").append(finding.count()).append(", \"sql\": ")
				.append(quote(finding.fingerprint())).append(", \"callSite\": ").append(quote(site.toString()))
				.append(", \"callSiteClass\": ").append(quote(site.className())).append(", \"callSiteMethod\": ")
				.append(quote(site.methodName())).append(", \"callSiteLine\": ").append(site.lineNumber())
				.append(", \"entity\": ").append(quote(finding.entity())).append(", \"association\": ")
				.append(quote(finding.association())).append(", \"fix\": ").append(quote(finding.suggestion()))
				.append(", \"description\": ").append(quote(ReportFormatter.describe(finding))).append('}');
		}
		return json.append(']').toString();
	}

	static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	static String html(SuiteReport report) {
		StringBuilder html = new StringBuilder(8192);
		html.append("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>N1 test report</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>
				body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
				header{background:#24292f;color:#fff;padding:16px 28px}header h1{margin:0;font-size:20px}
				header p{margin:4px 0 0;color:#c9d1d9}main{padding:20px 28px;max-width:1200px}
				.cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:20px}
				.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 18px;min-width:120px}
				.card b{display:block;font-size:26px}.card.bad b{color:#cf222e}.card.warn b{color:#9a6700}.card.ok b{color:#1a7f37}
				h2{font-size:16px;margin:24px 0 8px}table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d0d7de}
				th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eaeef2;vertical-align:top}th{background:#f6f8fa;font-weight:600}
				td.n{text-align:right;font-variant-numeric:tabular-nums}.pill{border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600}
				.np{background:#ffebe9;color:#cf222e}.dup{background:#fff8c5;color:#9a6700}.clean{background:#dafbe1;color:#1a7f37}
				.failed{color:#cf222e;font-weight:600}details{background:#fff;border:1px solid #d0d7de;border-radius:8px;margin:8px 0}
				summary{cursor:pointer;padding:8px 12px;font-weight:600}details table{border:0;border-top:1px solid #d0d7de}
				.finding{margin:4px 0 0;padding:6px 8px;background:#f6f8fa;border-left:3px solid #cf222e;font-size:13px}
				.finding.d{border-left-color:#bf8700}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
				.fix{color:#0969da}.times{color:#57606a;font-size:12px}th.t{width:38%}
				</style></head><body>
				""");
		html.append("<header><h1>N1 test report</h1><p>").append(report.tests().size()).append(" tests with N1 · ")
			.append(escape(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).append("</p></header><main>");
		html.append("<div class=\"cards\">");
		card(html, "", report.tests().size(), "tests");
		card(html, "", report.statements(), "statements");
		card(html, report.nPlusOne() > 0 ? "bad" : "ok", report.nPlusOne(), "N+1 findings");
		card(html, report.duplicates() > 0 ? "warn" : "ok", report.duplicates(), "duplicates");
		card(html, report.testsWithFindings() > 0 ? "bad" : "ok", report.testsWithFindings(), "tests with findings");
		html.append("</div>");
		html.append("<h2>Worst tests</h2><table><tr><th>Test</th><th>Statements</th><th>N+1</th><th>Duplicates</th></tr>");
		for (SuiteReport.TestEntry test : report.worst()) {
			html.append("<tr><td>").append(escape(test.simpleClassName())).append(" › ")
				.append(escape(test.methodName())).append("</td><td class=\"n\">").append(test.statements())
				.append("</td><td class=\"n\">").append(test.nPlusOne().size()).append("</td><td class=\"n\">")
				.append(test.duplicates().size()).append("</td></tr>");
		}
		html.append("</table><h2>By test class</h2>");
		for (Map.Entry<String, List<SuiteReport.TestEntry>> entry : report.byClass().entrySet()) {
			List<SuiteReport.TestEntry> tests = entry.getValue();
			int statements = tests.stream().mapToInt(SuiteReport.TestEntry::statements).sum();
			int nPlusOne = tests.stream().mapToInt((test) -> test.nPlusOne().size()).sum();
			int duplicates = tests.stream().mapToInt((test) -> test.duplicates().size()).sum();
			html.append("<details").append((nPlusOne + duplicates > 0) ? " open" : "").append("><summary>")
				.append(escape(entry.getKey())).append(" · ").append(tests.size()).append(" tests · ")
				.append(statements).append(" statements ");
			pill(html, nPlusOne, duplicates);
			html.append("</summary><table><tr><th class=\"t\">Test</th><th>Statements</th><th>Findings</th></tr>");
			for (SuiteReport.TestEntry test : tests) {
				html.append("<tr><td>").append(escape(test.displayName()));
				if (!"SUCCESSFUL".equals(test.status())) {
					html.append(" <span class=\"failed\">").append(escape(test.status())).append("</span>");
				}
				html.append("</td><td class=\"n\">").append(test.statements()).append("</td><td>");
				pill(html, test.nPlusOne().size(), test.duplicates().size());
				grouped(test.nPlusOne()).forEach((finding, times) -> finding(html, "N+1", "", finding, times));
				grouped(test.duplicates()).forEach((finding, times) -> finding(html, "Duplicate", " d", finding, times));
				html.append("</td></tr>");
			}
			html.append("</table></details>");
		}
		return html.append("</main></body></html>\n").toString();
	}

	private static void card(StringBuilder html, String tone, int value, String label) {
		html.append("<div class=\"card ").append(tone).append("\"><b>").append(value).append("</b>")
			.append(escape(label)).append("</div>");
	}

	private static void pill(StringBuilder html, int nPlusOne, int duplicates) {
		if (nPlusOne > 0) {
			html.append("<span class=\"pill np\">").append(nPlusOne).append(" N+1</span> ");
		}
		if (duplicates > 0) {
			html.append("<span class=\"pill dup\">").append(duplicates).append(" duplicate")
				.append((duplicates == 1) ? "" : "s").append("</span>");
		}
		if (nPlusOne == 0 && duplicates == 0) {
			html.append("<span class=\"pill clean\">clean</span>");
		}
	}

	// The same finding in several requests of one test (a page loaded twelve times) is shown once, with how often.
	private static Map<Finding, Integer> grouped(List<Finding> findings) {
		Map<List<Object>, Finding> first = new LinkedHashMap<>();
		Map<Finding, Integer> times = new LinkedHashMap<>();
		for (Finding finding : findings) {
			Finding shown = first.computeIfAbsent(
					List.of(finding.fingerprint(), finding.callSite().toString(), finding.count()), (key) -> finding);
			times.merge(shown, 1, Integer::sum);
		}
		return times;
	}

	private static void finding(StringBuilder html, String label, String tone, Finding finding, int times) {
		html.append("<div class=\"finding").append(tone).append("\"><b>").append(label).append("</b> ")
			.append(finding.count()).append(" × <code>").append(escape(Shapes.brief(finding.fingerprint())))
			.append("</code>");
		if (times > 1) {
			html.append(" <span class=\"times\">in ").append(times).append(" scopes</span>");
		}
		if (finding.entity() != null && finding.association() != null) {
			html.append(" loading <b>").append(escape(finding.entity() + "." + finding.association())).append("</b>");
		}
		html.append("<br>from <code>").append(escape(finding.callSite().toString())).append("</code>");
		if (finding.suggestion() != null) {
			html.append("<br><span class=\"fix\">Fix: ").append(escape(finding.suggestion())).append("</span>");
		}
		html.append("</div>");
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
