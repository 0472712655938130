package dev.n1query.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a closed scope's groups into findings: N+1 patterns (one shape, one call site,
 * differing values, at least the threshold), exact duplicates (same SQL, same values,
 * twice or more), batched loads and writes ({@code IN} lists, JDBC batches:
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
		for (StatementGroup group : groups) {
			boolean isNPlusOne = detect && isNPlusOne(group, settings);
			StatementGroupSummary summary = new StatementGroupSummary(group.fingerprint.text(),
					group.fingerprint.type(), group.callSite, group.count, group.totalNanos, group.maxNanos,
					group.firstIndex, group.maxInListSize, group.maxBatchSize, isNPlusOne,
					(group.stack != null) ? group.stack : List.of());
			summaries.add(summary);
			if (isNPlusOne) {
				AssociationLoad load = group.association;
				nPlusOne.add(enrich(new Finding(FindingKind.N_PLUS_ONE, group.fingerprint.type(),
						group.fingerprint.text(), group.exampleSql, group.count, List.of(group.callSite),
						group.totalNanos, (load != null) ? load.entity() : null,
						(load != null) ? load.association() : null, Suggestions.forNPlusOne(group.fingerprint.type()),
						(load != null) ? load.kind() : null, List.of(), (load != null) ? load.loadedBy() : null)));
			}
			else if (group.isBatched() && group.count > 1) {
				batchedLoads.add(summary);
			}
		}
		summaries.sort(Comparator.comparing((StatementGroupSummary s) -> !s.nPlusOne())
			.thenComparing(StatementGroupSummary::count, Comparator.reverseOrder())
			.thenComparing(StatementGroupSummary::firstIndex));
		nPlusOne = LoopDetector.mergeLoops(nPlusOne, statements);
		nPlusOne.sort(Comparator.comparing(Finding::count, Comparator.reverseOrder()));
		List<Finding> duplicates = detect ? duplicates(tallies, settings) : List.of();
		List<Finding> unusedEagerLoads = (detect && eagerLoads != null) ? eagerLoads.unused(settings.safelist(), loaderOf)
				: List.of();
		return new Result(List.copyOf(summaries), List.copyOf(nPlusOne), duplicates, List.copyOf(batchedLoads),
				unusedEagerLoads);
	}

	private static boolean isNPlusOne(StatementGroup group, DetectionSettings settings) {
		return group.count >= settings.threshold() && group.differingParameters && !group.isBatched()
				&& !settings.safelist().acceptsQuery(group.fingerprint.text())
				&& !settings.safelist().acceptsCallSite(group.callSite);
	}

	private List<Finding> duplicates(Collection<FingerprintTally> tallies, DetectionSettings settings) {
		List<Finding> duplicates = new ArrayList<>();
		for (FingerprintTally tally : tallies) {
			int repeated = 0;
			String exampleSql = null;
			Set<CallSite> callSites = new LinkedHashSet<>();
			for (FingerprintTally.ExactRepeat repeat : tally.repeats()) {
				if (repeat.count > 1) {
					repeated += repeat.count;
					exampleSql = (exampleSql != null) ? exampleSql : repeat.statement.sql;
					callSites.addAll(repeat.callSites);
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
