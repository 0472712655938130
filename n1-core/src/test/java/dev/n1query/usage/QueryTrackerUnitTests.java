package dev.n1query.usage;

import dev.n1query.core.CallSite;
import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionMode;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.Finding;
import dev.n1query.core.FindingKind;
import dev.n1query.core.NPlusOneDetectedException;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.RecordedStatement;
import dev.n1query.core.Safelist;
import dev.n1query.core.ScopeKind;
import dev.n1query.core.ScopeReport;
import dev.n1query.core.StatementExecution;
import dev.n1query.core.StatementType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Scopes, recording and detection, without Spring or a database: statements are fed to
 * the tracker as the JDBC listener would. This package stands for application code (N1's
 * own packages are skipped when call sites are resolved).
 */
class QueryTrackerUnitTests {

	private final List<ScopeReport> reports = new CopyOnWriteArrayList<>();

	private QueryTracker tracker(DetectionSettings settings) {
		return new QueryTracker(settings, new CallSiteResolver(), List.of(), List.of(this.reports::add));
	}

	private final QueryTracker tracker = tracker(DetectionSettings.DEFAULTS);

	private ScopeReport onlyReport() {
		assertThat(this.reports).hasSize(1);
		return this.reports.get(0);
	}

	@Test
	void statementsOutsideAnyScopeAreOnlyCounted() {
		this.tracker.record(StatementExecution.of("select 1"));
		this.tracker.record(StatementExecution.of("select 2"));
		assertThat(this.tracker.unscopedStatements()).isEqualTo(2);
		assertThat(this.reports).isEmpty();
	}

	@Test
	void everyStatementInAScopeIsRecordedWithItsDetails() {
		try (QueryScope scope = this.tracker.open("job")) {
			this.tracker.record(new StatementExecution("select * from customer where id = ?", List.of(7), 2_500, 0,
					-1, true, null, "primary"));
			this.tracker.record(new StatementExecution("insert into audit (a) values (?)", List.of("x"), 1_000, 25,
					25, true, null, "primary"));
			this.tracker.record(new StatementExecution("select boom", List.of(), 500, 0, -1, false,
					"Syntax error", "secondary"));
		}
		ScopeReport report = onlyReport();
		assertThat(report.kind()).isEqualTo(ScopeKind.JOB);
		assertThat(report.name()).isEqualTo("job");
		assertThat(report.queryCount()).isEqualTo(3);
		assertThat(report.queryTimeNanos()).isEqualTo(4_000);
		assertThat(report.failedCount()).isEqualTo(1);
		assertThat(report.count(StatementType.SELECT)).isEqualTo(2);
		assertThat(report.count(StatementType.INSERT)).isEqualTo(1);
		RecordedStatement first = report.statements().get(0);
		assertThat(first.sql()).isEqualTo("select * from customer where id = ?");
		assertThat(first.fingerprint().text()).isEqualTo("select * from customer where id = ?");
		assertThat(first.parameters()).containsExactly("7");
		assertThat(first.durationNanos()).isEqualTo(2_500);
		assertThat(first.dataSourceName()).isEqualTo("primary");
		assertThat(first.callSite().simpleClassName()).isEqualTo("QueryTrackerUnitTests");
		assertThat(first.callSite().methodName()).isEqualTo("everyStatementInAScopeIsRecordedWithItsDetails");
		assertThat(first.callSite().toString())
			.matches("QueryTrackerUnitTests\\.everyStatementInAScopeIsRecordedWithItsDetails\\(QueryTrackerUnitTests\\.java:\\d+\\)");
		RecordedStatement batch = report.statements().get(1);
		assertThat(batch.batchSize()).isEqualTo(25);
		assertThat(batch.rows()).isEqualTo(25);
		RecordedStatement failed = report.statements().get(2);
		assertThat(failed.success()).isFalse();
		assertThat(failed.error()).isEqualTo("Syntax error");
		assertThat(failed.dataSourceName()).isEqualTo("secondary");
	}

	@Test
	void loopOfLookupsIsOneNPlusOneAtItsCallSite() {
		try (QueryScope scope = this.tracker.open("list")) {
			this.tracker.record(StatementExecution.of("select * from customer"));
			for (int id = 1; id <= 20; id++) {
				this.tracker.record(StatementExecution.of("select * from orders where customer_id = ?", id));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.N_PLUS_ONE);
			assertThat(finding.count()).isEqualTo(20);
			assertThat(finding.fingerprint()).isEqualTo("select * from orders where customer_id = ?");
			assertThat(finding.callSite().methodName()).isEqualTo("loopOfLookupsIsOneNPlusOneAtItsCallSite");
			assertThat(finding.suggestion()).contains("one query for all items");
		});
		assertThat(report.duplicates()).isEmpty();
		assertThat(report.groups().get(0).nPlusOne()).isTrue();
		assertThat(report.groups().get(0).count()).isEqualTo(20);
	}

	@Test
	void inlinedLiteralsAreGroupedLikeBindParameters() {
		try (QueryScope scope = this.tracker.open("jdbc")) {
			for (int id = 1; id <= 5; id++) {
				this.tracker.record(StatementExecution.of("select * from orders where customer_id = " + id));
			}
		}
		assertThat(onlyReport().nPlusOne()).singleElement().extracting(Finding::count).isEqualTo(5);
	}

	@Test
	void belowTheThresholdNothingIsReported() {
		try (QueryScope scope = this.tracker.open("two")) {
			for (int id = 1; id <= 2; id++) {
				this.tracker.record(StatementExecution.of("select * from orders where customer_id = ?", id));
			}
		}
		assertThat(onlyReport().nPlusOne()).isEmpty();
	}

	@Test
	void thresholdIsConfigurable() {
		QueryTracker strict = tracker(new DetectionSettings(DetectionMode.LOG, 2, 500, Safelist.NONE));
		try (QueryScope scope = strict.open("two")) {
			for (int id = 1; id <= 2; id++) {
				strict.record(StatementExecution.of("select * from orders where customer_id = ?", id));
			}
		}
		assertThat(onlyReport().nPlusOne()).hasSize(1);
	}

	@Test
	void sameStatementWithSameValuesIsADuplicateNotAnNPlusOne() {
		try (QueryScope scope = this.tracker.open("profile")) {
			loadProfile();
			this.tracker.record(StatementExecution.of("select * from customer where id = ?", 1));
		}
		ScopeReport report = onlyReport();
		assertThat(report.nPlusOne()).isEmpty();
		assertThat(report.duplicates()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.DUPLICATE);
			assertThat(finding.count()).isEqualTo(2);
			assertThat(finding.callSites()).extracting(CallSite::methodName)
				.containsExactly("loadProfile", "sameStatementWithSameValuesIsADuplicateNotAnNPlusOne");
		});
	}

	private void loadProfile() {
		this.tracker.record(StatementExecution.of("select * from customer where id = ?", 1));
	}

	@Test
	void oneShapeFromTwoCallSitesIsTwoGroups() {
		try (QueryScope scope = this.tracker.open("two loops")) {
			for (int id = 1; id <= 3; id++) {
				loadOrdersOfCustomer(id);
			}
			for (int id = 1; id <= 3; id++) {
				loadOrdersOfSupplier(id);
			}
		}
		assertThat(onlyReport().nPlusOne()).hasSize(2)
			.extracting((finding) -> finding.callSite().methodName())
			.containsExactlyInAnyOrder("loadOrdersOfCustomer", "loadOrdersOfSupplier");
	}

	@Test
	void alternatingCallSitesAreCountedExactly() {
		try (QueryScope scope = this.tracker.open("alternating")) {
			for (int id = 1; id <= 50; id++) {
				loadOrdersOfCustomer(id);
				loadOrdersOfSupplier(id);
			}
		}
		// alternating A B A B …: one loop of two statements per item
		assertThat(onlyReport().nPlusOne()).singleElement().satisfies((loop) -> {
			assertThat(loop.isLoop()).isTrue();
			assertThat(loop.count()).isEqualTo(50);
			assertThat(loop.members()).extracting(Finding::count).containsExactly(50, 50);
			assertThat(loop.members()).extracting((member) -> member.callSite().methodName())
				.containsExactly("loadOrdersOfCustomer", "loadOrdersOfSupplier");
		});
	}

	@Test
	void loopOfSeveralStatementsPerItemIsOneFindingListingThem() {
		try (QueryScope scope = this.tracker.open("authors")) {
			this.tracker.record(StatementExecution.of("select * from author"));
			for (int id = 1; id <= 10; id++) {
				this.tracker.record(StatementExecution.of("select * from book where author_id = ?", id));
				this.tracker.record(StatementExecution.of("select * from profile where id = ?", id));
				this.tracker.record(StatementExecution.of("select * from settings where id = ?", id));
			}
		}
		assertThat(onlyReport().nPlusOne()).singleElement().satisfies((loop) -> {
			assertThat(loop.count()).isEqualTo(10);
			assertThat(loop.members()).extracting(Finding::fingerprint)
				.containsExactly("select * from book where author_id = ?", "select * from profile where id = ?",
						"select * from settings where id = ?");
			assertThat(loop.suggestion()).startsWith("this loop runs 3 statements per item");
			assertThat(dev.n1query.core.ReportFormatter.describe(loop))
				.startsWith("10 × a loop of 3 statements per item: [select * from book where author_id = ?]");
		});
	}

	private void loadOrdersOfCustomer(int id) {
		this.tracker.record(StatementExecution.of("select * from orders where owner_id = ?", id));
	}

	private void loadOrdersOfSupplier(int id) {
		this.tracker.record(StatementExecution.of("select * from orders where owner_id = ?", id + 1000));
	}

	@Test
	void insertPerRowIsAWriteSideNPlusOne() {
		try (QueryScope scope = this.tracker.open("import")) {
			for (int i = 0; i < 10; i++) {
				this.tracker.record(StatementExecution.of("insert into line (id, text) values (?, ?)", i, "x" + i));
			}
		}
		assertThat(onlyReport().nPlusOne()).singleElement().satisfies((finding) -> {
			assertThat(finding.type()).isEqualTo(StatementType.INSERT);
			assertThat(finding.suggestion()).contains("saveAll").contains("batch_size");
		});
	}

	@Test
	void batchedLoadsAreNotAnNPlusOne() {
		try (QueryScope scope = this.tracker.open("batch fetch")) {
			for (int i = 0; i < 10; i++) {
				this.tracker.record(StatementExecution.of("select * from book where author_id in (?, ?, ?)", i, i + 1,
						i + 2));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.nPlusOne()).isEmpty();
		assertThat(report.batchedLoads()).singleElement().satisfies((group) -> {
			assertThat(group.count()).isEqualTo(10);
			assertThat(group.inListSize()).isEqualTo(3);
		});
	}

	@Test
	void jdbcBatchesAreNotAnNPlusOne() {
		try (QueryScope scope = this.tracker.open("batched import")) {
			for (int i = 0; i < 5; i++) {
				this.tracker.record(new StatementExecution("insert into line (id) values (?)", List.of(i), 1_000, 50, 50,
						true, null, "dataSource"));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.nPlusOne()).isEmpty();
		assertThat(report.batchedLoads()).singleElement().extracting((group) -> group.batchSize()).isEqualTo(50);
	}

	@Test
	void storageIsCappedButCountsStayExact() {
		QueryTracker capped = tracker(new DetectionSettings(DetectionMode.LOG, 3, 10, Safelist.NONE));
		try (QueryScope scope = capped.open("big")) {
			for (int i = 0; i < 1000; i++) {
				capped.record(StatementExecution.of("select * from t where id = ?", i));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.queryCount()).isEqualTo(1000);
		assertThat(report.statements()).hasSize(10);
		assertThat(report.droppedStatements()).isEqualTo(990);
		assertThat(report.nPlusOne()).singleElement().extracting(Finding::count).isEqualTo(1000);
	}

	@Test
	void safelistsSuppressTheirFindings() {
		Safelist safelist = new Safelist(List.of("FROM SETTINGS"), List.of("QueryTrackerUnitTests.loadOrdersOf"),
				List.of("/admin/**"));
		List<ScopeReport> safelisted = new ArrayList<>();
		runSafelistScenarios(new QueryTracker(new DetectionSettings(DetectionMode.LOG, 3, 500, safelist),
				new CallSiteResolver(), List.of(), List.of(safelisted::add)));
		assertThat(safelisted).hasSize(3).allSatisfy((report) -> assertThat(report.hasFindings()).isFalse());
		List<ScopeReport> unfiltered = new ArrayList<>();
		runSafelistScenarios(new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of(unfiltered::add)));
		assertThat(unfiltered).hasSize(3).allSatisfy((report) -> assertThat(report.hasNPlusOne()).isTrue());
		assertThat(Safelist.matches("/admin/**", "/admin/users/{id}")).isTrue();
		assertThat(Safelist.matches("/admin/*", "/admin/users/{id}")).isFalse();
		assertThat(Safelist.matches("/admin/*", "/admin/users")).isTrue();
	}

	private void runSafelistScenarios(QueryTracker tracker) {
		try (QueryScope scope = tracker.open("by query")) {
			for (int i = 0; i < 5; i++) {
				tracker.record(StatementExecution.of("select * from settings where k = ?", i));
			}
		}
		try (QueryScope scope = tracker.open(ScopeKind.REQUEST, "GET /admin/users/1")) {
			scope.describeRequest("GET", "/admin/users/{id}", "/admin/users/1", 200);
			for (int i = 0; i < 5; i++) {
				tracker.record(StatementExecution.of("select * from users where id = ?", i));
			}
		}
		try (QueryScope scope = tracker.open("by call site")) {
			for (int i = 0; i < 5; i++) {
				loadSafelisted(tracker, i);
			}
		}
	}

	private void loadSafelisted(QueryTracker tracker, int id) {
		loadOrdersOf(tracker, id);
	}

	private void loadOrdersOf(QueryTracker tracker, int id) {
		tracker.record(StatementExecution.of("select * from orders where owner_id = ?", id));
	}

	@Test
	void failModeThrowsANamedException() {
		QueryTracker failing = tracker(new DetectionSettings(DetectionMode.FAIL, 3, 500, Safelist.NONE));
		QueryScope scope = failing.open("failing");
		for (int id = 1; id <= 4; id++) {
			failing.record(StatementExecution.of("select * from orders where customer_id = ?", id));
		}
		assertThatExceptionOfType(NPlusOneDetectedException.class).isThrownBy(scope::close)
			.withMessageContaining("1 N+1 query pattern in failing")
			.withMessageContaining("4 × [select * from orders where customer_id = ?]")
			.withMessageContaining("from QueryTrackerUnitTests.failModeThrowsANamedException(QueryTrackerUnitTests.java:")
			.satisfies((ex) -> assertThat(ex.getReport().nPlusOne()).hasSize(1));
		assertThat(failing.current()).isNull();
		assertThat(this.reports).hasSize(1); // listeners hear about it before the exception
	}

	@Test
	void offModeCountsWithoutFindings() {
		QueryTracker off = tracker(new DetectionSettings(DetectionMode.OFF, 3, 500, Safelist.NONE));
		try (QueryScope scope = off.open("off")) {
			for (int id = 1; id <= 5; id++) {
				off.record(StatementExecution.of("select * from orders where customer_id = ?", id));
			}
		}
		ScopeReport report = onlyReport();
		assertThat(report.queryCount()).isEqualTo(5);
		assertThat(report.hasFindings()).isFalse();
	}

	@Test
	void nestedScopesRecordIntoTheInnermostAndRestoreTheOuter() {
		QueryScope outer = this.tracker.open("outer");
		this.tracker.record(StatementExecution.of("select 1"));
		try (QueryScope inner = this.tracker.open("inner")) {
			assertThat(this.tracker.current()).isSameAs(inner);
			this.tracker.record(StatementExecution.of("select 2"));
			this.tracker.record(StatementExecution.of("select 3"));
		}
		assertThat(this.tracker.current()).isSameAs(outer);
		this.tracker.record(StatementExecution.of("select 4"));
		outer.close();
		assertThat(this.tracker.current()).isNull();
		assertThat(this.reports).extracting(ScopeReport::name, ScopeReport::queryCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("inner", 2),
					org.assertj.core.groups.Tuple.tuple("outer", 2));
	}

	@Test
	void closingTwiceReportsOnceAndLaterStatementsAreNotRecorded() {
		QueryScope scope = this.tracker.open("once");
		this.tracker.record(StatementExecution.of("select 1"));
		scope.close();
		scope.close();
		this.tracker.attach(scope);
		this.tracker.record(StatementExecution.of("select 2"));
		this.tracker.detach(scope);
		assertThat(onlyReport().queryCount()).isEqualTo(1);
	}

	@Test
	void failingListenerDoesNotBreakTheApplicationNorOtherListeners() {
		List<ScopeReport> seen = new ArrayList<>();
		QueryTracker fragile = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(),
				List.of((report) -> {
					throw new IllegalStateException("listener bug");
				}, seen::add));
		try (QueryScope scope = fragile.open("fragile")) {
			fragile.record(StatementExecution.of("select 1"));
		}
		assertThat(seen).hasSize(1);
	}

	@Test
	void failingEnricherLeavesTheFindingUnenriched() {
		// The failing enricher is skipped; the one after it still runs.
		QueryTracker fragile = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(),
				List.of((finding) -> {
					throw new IllegalStateException("enricher bug");
				}, (finding) -> finding.withAttribution(null, null, "from the second enricher")),
				List.of(this.reports::add));
		try (QueryScope scope = fragile.open("fragile")) {
			for (int id = 1; id <= 3; id++) {
				fragile.record(StatementExecution.of("select * from t where id = ?", id));
			}
		}
		assertThat(onlyReport().nPlusOne()).singleElement().extracting(Finding::entity).isNull();
		assertThat(onlyReport().nPlusOne()).singleElement().extracting(Finding::suggestion)
			.isEqualTo("from the second enricher");
	}

	@Test
	void scopesOnConcurrentThreadsNeverMix() throws Exception {
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int statements = 50 + t;
				String table = "table_" + t;
				futures.add(pool.submit(() -> {
					start.await();
					try (QueryScope scope = this.tracker.open(table)) {
						for (int i = 0; i < statements; i++) {
							this.tracker.record(StatementExecution.of("select * from " + table + " where id = ?", i));
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.reports).hasSize(threads).allSatisfy((report) -> {
			int expected = 50 + Integer.parseInt(report.name().substring("table_".length()));
			assertThat(report.queryCount()).isEqualTo(expected);
			assertThat(report.statements()).allSatisfy((statement) -> assertThat(statement.sql())
				.contains("from " + report.name() + " "));
		});
	}

	@Test
	void capturedStacksStartBelowN1AndKeepTheSameCallSite() {
		QueryTracker withStacks = tracker(DetectionSettings.DEFAULTS);
		withStacks.captureStacks(3);
		try (QueryScope scope = withStacks.open("stacks")) {
			for (int id = 1; id <= 3; id++) {
				withStacks.record(StatementExecution.of("select * from t where id = ?", id));
			}
		}
		dev.n1query.core.StatementGroupSummary group = onlyReport().groups().get(0);
		assertThat(group.callSite().methodName()).isEqualTo("capturedStacksStartBelowN1AndKeepTheSameCallSite");
		assertThat(group.stack()).hasSize(3);
		assertThat(group.stack().get(0))
			.startsWith("dev.n1query.usage.QueryTrackerUnitTests.capturedStacksStartBelowN1AndKeepTheSameCallSite(");
	}

	@Test
	void callSiteFallsBackToTheScopeActivityWhenNoApplicationFrameIsOnTheStack() {
		CallSiteResolver resolver = new CallSiteResolver(List.of("dev.n1query.usage"));
		CallSite view = CallSite.trigger("rendering view \"customers\"", "com.acme.CustomerController", "list");
		assertThat(resolver.resolve(view, (String) null).toString())
			.isEqualTo("rendering view \"customers\" for CustomerController.list");
		assertThat(resolver.resolve(view, "serializing Author.books").toString())
			.isEqualTo("serializing Author.books for CustomerController.list");
		assertThat(resolver.resolve(null, "serializing Author.books").toString()).isEqualTo("serializing Author.books");
		assertThat(resolver.resolve(null, (String) null)).isEqualTo(CallSite.UNKNOWN);
	}

}
