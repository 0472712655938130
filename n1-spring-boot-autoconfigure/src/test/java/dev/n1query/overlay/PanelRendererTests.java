package dev.n1query.overlay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.EagerLoad;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel's HTML: grouped, N+1 first, everything escaped. */
class PanelRendererTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private final QueryTracker tracker = new QueryTracker(DetectionSettings.DEFAULTS,
			new CallSiteResolver(List.of("dev.n1query")), List.of(), List.of(this.reports::add));

	private final PanelRenderer renderer = new PanelRenderer(new ExplainService((name) -> null, Duration.ofSeconds(1)));

	@Test
	void nPlusOneGroupComesFirstAndEverythingIsEscaped() {
		this.tracker.keepExplainValues(true);
		this.tracker.captureStacks(10);
		try (QueryScope scope = this.tracker.open("GET /customers")) {
			this.tracker.record(StatementExecution.of("select * from customer where name = '</script><b>x</b>'"));
			for (int i = 0; i < 5; i++) {
				this.tracker.record(StatementExecution.of("select * from orders where customer_id = ?",
						"</script><img src=x onerror=alert(1)>" + i));
			}
		}
		String html = this.renderer.render(this.reports.get(0));
		assertThat(html).doesNotContain("<img src=x").doesNotContain("</script><b>").doesNotContain("<b>x</b>");
		assertThat(html).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;0");
		assertThat(html.indexOf("n1-rank-0")).isPositive().isLessThan(html.indexOf("n1-rank-3"));
		assertThat(html).contains("6 queries").contains("data-n1-action=\"explain\"").contains("data-n1-token=\"");
		assertThat(html).contains("N+1");
	}

	@Test
	void unusedEagerLoadIsShownWithItsFix() {
		this.tracker.watchEntityReads(true);
		try (QueryScope scope = this.tracker.open("GET /customers")) {
			this.tracker.record(StatementExecution.of("select * from customer c left join orders o on o.customer_id = c.id"));
			scope.noteEagerLoad(new EagerLoad("Customer", "orders", "one-to-many", false));
			scope.noteRead("Customer", "name");
		}
		String html = this.renderer.render(this.reports.get(0));
		assertThat(html).contains("n1-finding-unused").contains(">unused eager<").contains(">Customer.orders<")
			.contains("fetched eagerly ×1, never read by this response")
			.contains("Fix: <span>the query that loaded Customer fetches Customer.orders");
	}

	@Test
	void longInListsAreCollapsedForDisplay() {
		StringBuilder sql = new StringBuilder("select * from t where id in (");
		for (int i = 0; i < 10_000; i++) {
			sql.append((i > 0) ? ", " : "").append(i);
		}
		String shortened = SqlForDisplay.shorten(sql.append(") and x in (1, 2)").toString());
		assertThat(shortened).isEqualTo("select * from t where id in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … 9990 more) and x in (1, 2)");
	}

}
