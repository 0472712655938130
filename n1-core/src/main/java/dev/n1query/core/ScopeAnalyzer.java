package dev.n1query.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a closed scope's groups into findings: N+1 patterns (one shape, one call site,
 * differing values, at least the threshold, or at least two for lazy loads of one association
 * whose owners came from one query), exact duplicates (same SQL, same values, twice or more,
 * outside any N+1), batched loads and writes ({@code IN} lists, JDBC batches:
 * informational, the cure rather than the disease) and eager loads the response never read.
 */
final class ScopeAnalyzer {

	private final List<FindingEnricher> enrichers;

	ScopeAnalyzer(List<FindingEnricher> enrichers) {
		this.enrichers = List.copyOf(enrichers);
	}

	Result analyse(DetectionSettings settings, String uri, String path, Collection<StatementGroup> groups,
			Collection<FingerprintTally> tallies, List<RecordedStatement> statements, EagerLoadTally eagerLoads,
			Function<String, String> loaderOf) {
		boolean detect = settings.mode() != DetectionMode.OFF && !settings.safelist().acceptsUrl(uri, path);
		List<StatementGroupSummary> summaries = new ArrayList<>(groups.size());
		List<StatementGroupSummary> batchedLoads = new ArrayList<>();
		List<Finding> nPlusOne = new ArrayList<>();
		Map<RootQuery, Map<String, AssociationLoad>> lazyLoadsByRoot = lazyLoadsByRoot(groups);
		Set<GroupKey> nPlusOneGroups = new HashSet<>();
		for (StatementGroup group : groups) {
			boolean isNPlusOne = detect && isNPlusOne(group, settings);
			boolean batched = group.isBatched();
			StatementGroupSummary summary = new StatementGroupSummary(group.fingerprint.text(),
					group.fingerprint.type(), group.callSite, group.count, group.totalNanos, group.maxNanos,
					group.firstIndex, batched ? group.maxInListSize : 0, group.maxBatchSize, isNPlusOne,
					(group.stack != null) ? group.stack : List.of());
			summaries.add(summary);
			if (isNPlusOne) {
				nPlusOneGroups.add(new GroupKey(group.fingerprint.text(), group.callSite));
				AssociationLoad load = group.association;
				nPlusOne.add(enrich(new Finding(FindingKind.N_PLUS_ONE, group.fingerprint.type(),
						group.fingerprint.text(), group.exampleSql, group.count, List.of(group.callSite),
						group.totalNanos, (load != null) ? load.entity() : null,
						(load != null) ? load.association() : null, Suggestions.forNPlusOne(group.fingerprint.type()),
						(load != null) ? load.kind() : null, List.of(), (load != null) ? load.loadedBy() : null,
						fetchPlan(load, lazyLoadsByRoot), repeatedRows(group, tallies))));
			}
			else if (batched && group.count > 1) {
				batchedLoads.add(summary);
			}
		}
		summaries.sort(Comparator.comparing((StatementGroupSummary s) -> !s.nPlusOne())
			.thenComparing(StatementGroupSummary::count, Comparator.reverseOrder())
			.thenComparing(StatementGroupSummary::firstIndex));
		nPlusOne = LoopDetector.mergeLoops(nPlusOne, statements);
		nPlusOne.sort(Comparator.comparing(Finding::count, Comparator.reverseOrder()));
		List<Finding> duplicates = detect ? duplicates(tallies, settings, nPlusOneGroups) : List.of();
		List<Finding> unusedEagerLoads = (detect && eagerLoads != null) ? eagerLoads.unused(settings.safelist(), loaderOf)
				: List.of();
		return new Result(List.copyOf(summaries), List.copyOf(nPlusOne), duplicates, List.copyOf(batchedLoads),
				unusedEagerLoads);
	}

	// Lazy loads of one association for owners from one query are an N+1 from 2 (by
	// construction); shapes known from their SQL alone need the threshold.
	private static boolean isNPlusOne(StatementGroup group, DetectionSettings settings) {
		int threshold = group.isAssociationLoadOfOneQuery() ? Math.min(2, settings.threshold()) : settings.threshold();
		return group.count >= threshold && group.differingParameters && !group.isBatched()
				&& !settings.safelist().acceptsQuery(group.fingerprint.text())
				&& !settings.safelist().acceptsCallSite(group.callSite);
	}

	// Every association path the scope loaded lazily, by the root query its owners came from.
	private static Map<RootQuery, Map<String, AssociationLoad>> lazyLoadsByRoot(Collection<StatementGroup> groups) {
		Map<RootQuery, Map<String, AssociationLoad>> byRoot = new HashMap<>();
		for (StatementGroup group : groups) {
			AssociationLoad load = group.association;
			if (load != null && load.root() != null && load.path() != null && load.association() != null) {
				byRoot.computeIfAbsent(load.root(), (root) -> new TreeMap<>()).putIfAbsent(load.path(), load);
			}
		}
		return byRoot;
	}

	private static FetchPlan fetchPlan(AssociationLoad load, Map<RootQuery, Map<String, AssociationLoad>> byRoot) {
		if (load == null || load.root() == null || load.path() == null) {
			return null;
		}
		Map<String, AssociationLoad> paths = byRoot.get(load.root());
		if (paths == null) {
			return null;
		}
		List<String> attributePaths = new ArrayList<>();
		List<String> collectionPaths = new ArrayList<>();
		List<String> associations = new ArrayList<>();
		for (AssociationLoad each : paths.values()) { // sorted: a parent path comes before its children
			attributePaths.add(each.path());
			associations.add(each.entity() + "." + each.association());
			if (each.isCollection()) {
				collectionPaths.add(each.path());
			}
		}
		return new FetchPlan(load.root(), load.path(), List.copyOf(attributePaths), List.copyOf(collectionPaths),
				List.copyOf(associations));
	}

	// "8 loads of 4 distinct rows" when the N+1 loaded some rows more than once: a note on it,
	// not a second finding.
	private static String repeatedRows(StatementGroup group, Collection<FingerprintTally> tallies) {
		int repeats = 0;
		for (FingerprintTally tally : tallies) {
			if (tally.fingerprint.text().equals(group.fingerprint.text())) {
				for (FingerprintTally.ExactRepeat repeat : tally.repeats()) {
					if (repeat.count > 1 && repeat.callSites().contains(group.callSite)) {
						repeats += repeat.count - 1;
					}
				}
			}
		}
		if (repeats == 0 || repeats >= group.count) {
			return null;
		}
		return group.count + " loads of " + (group.count - repeats) + " distinct rows";
	}

	private List<Finding> duplicates(Collection<FingerprintTally> tallies, DetectionSettings settings,
			Set<GroupKey> nPlusOneGroups) {
		List<Finding> duplicates = new ArrayList<>();
		for (FingerprintTally tally : tallies) {
			int repeated = 0;
			String exampleSql = null;
			Set<CallSite> callSites = new LinkedHashSet<>();
			for (FingerprintTally.ExactRepeat repeat : tally.repeats()) {
				// Repeats inside an N+1 are a note on it (repeatedRows), not a duplicate of their own.
				if (repeat.count > 1 && !insideNPlusOne(tally, repeat, nPlusOneGroups)) {
					repeated += repeat.count;
					exampleSql = (exampleSql != null) ? exampleSql : repeat.statement.sql;
					callSites.addAll(repeat.callSites());
				}
			}
			if (repeated == 0 || settings.safelist().acceptsQuery(tally.fingerprint.text())
					|| callSites.stream().allMatch(settings.safelist()::acceptsCallSite)) {
				continue;
			}
			duplicates.add(enrich(new Finding(FindingKind.DUPLICATE, tally.fingerprint.type(),
					tally.fingerprint.text(), exampleSql,
					repeated, List.copyOf(callSites), 0, null, null, Suggestions.forDuplicate(), null, List.of(), null)));
		}
		duplicates.sort(Comparator.comparing(Finding::count, Comparator.reverseOrder()));
		return List.copyOf(duplicates);
	}

	private static boolean insideNPlusOne(FingerprintTally tally, FingerprintTally.ExactRepeat repeat,
			Set<GroupKey> nPlusOneGroups) {
		for (CallSite callSite : repeat.callSites()) {
			if (!nPlusOneGroups.contains(new GroupKey(tally.fingerprint.text(), callSite))) {
				return false;
			}
		}
		return true;
	}

	private Finding enrich(Finding finding) {
		Finding enriched = finding;
		for (FindingEnricher enricher : this.enrichers) {
			try {
				enriched = enricher.enrich(enriched);
			}
			catch (RuntimeException ex) {
				N1Failures.swallow("finding enricher " + enricher.getClass().getName(), ex);
			}
		}
		return enriched;
	}

	record Result(List<StatementGroupSummary> groups, List<Finding> nPlusOne, List<Finding> duplicates,
			List<StatementGroupSummary> batchedLoads, List<Finding> unusedEagerLoads) {
	}

}
