package dev.n1query.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises a loop that issues several statements per item (A B C A B C …, Sentry's
 * "MN+1"): N+1 groups of the same count whose stored statements repeat in one fixed
 * order become one finding that lists them, instead of several unrelated ones.
 */
final class LoopDetector {

	private static final int MAX_MEMBERS = 8;

	private LoopDetector() {
	}

	static List<Finding> mergeLoops(List<Finding> nPlusOne, List<RecordedStatement> statements) {
		if (nPlusOne.size() < 2) {
			return nPlusOne;
		}
		Map<GroupKey, Finding> byKey = new LinkedHashMap<>();
		for (Finding finding : nPlusOne) {
			byKey.put(GroupKey.of(finding), finding);
		}
		// The order in which the N+1 statements ran (stored statements only: the first 500).
		List<GroupKey> sequence = new ArrayList<>();
		for (RecordedStatement statement : statements) {
			GroupKey key = GroupKey.of(statement);
			if (byKey.containsKey(key)) {
				sequence.add(key);
			}
		}
		int period = period(sequence, Math.min(MAX_MEMBERS, byKey.size()));
		if (period < 2) {
			return nPlusOne;
		}
		List<Finding> members = new ArrayList<>(period);
		for (int i = 0; i < period; i++) {
			members.add(byKey.get(sequence.get(i)));
		}
		int count = members.get(0).count();
		if (members.stream().anyMatch((member) -> Math.abs(member.count() - count) > 1)) {
			return nPlusOne;
		}
		List<Finding> merged = new ArrayList<>(nPlusOne);
		merged.removeAll(members);
		merged.add(loop(members, count));
		return merged;
	}

	/** The smallest p ≥ 2 such that the first p keys are distinct and the sequence repeats them. */
	private static int period(List<GroupKey> sequence, int maxPeriod) {
		for (int p = 2; p <= maxPeriod; p++) {
			if (sequence.size() < 2 * p || sequence.subList(0, p).stream().distinct().count() != p) {
				continue;
			}
			boolean repeats = true;
			for (int i = p; i < sequence.size() && repeats; i++) {
				repeats = sequence.get(i).equals(sequence.get(i - p));
			}
			if (repeats) {
				return p;
			}
		}
		return 0;
	}

	private static Finding loop(List<Finding> members, int count) {
		Finding first = members.get(0);
		long totalNanos = members.stream().mapToLong(Finding::totalNanos).sum();
		boolean oneFix = members.stream().allMatch((member) -> member.fetchPlan() != null
				&& member.suggestion() != null && member.suggestion().equals(first.suggestion()));
		if (oneFix) {
			// Associations of the rows of one query: one fetch plan removes every statement.
			String loaded = String.join(", ", members.stream()
				.map((member) -> member.entity() + "." + member.association())
				.toList());
			return new Finding(FindingKind.N_PLUS_ONE, first.type(), first.fingerprint(), first.exampleSql(), count,
					first.callSites(), totalNanos, first.entity(), first.association(),
					"this loop runs " + members.size() + " statements per item (" + loaded
							+ "), all loaded from the rows of one query; one fix removes them all: " + first.suggestion(),
					first.associationKind(), List.copyOf(members), first.loadedBy(), first.fetchPlan(), null);
		}
		StringBuilder suggestion = new StringBuilder("this loop runs ").append(members.size())
			.append(" statements per item; remove each one:");
		for (int i = 0; i < members.size(); i++) {
			Finding member = members.get(i);
			suggestion.append(' ').append(i + 1).append(") ");
			if (member.entity() != null && member.association() != null) {
				suggestion.append(member.entity()).append('.').append(member.association()).append(": ");
			}
			suggestion.append(member.suggestion());
		}
		return new Finding(FindingKind.N_PLUS_ONE, first.type(), first.fingerprint(), first.exampleSql(), count,
				first.callSites(), totalNanos, first.entity(), first.association(), suggestion.toString(),
				first.associationKind(), List.copyOf(members), first.loadedBy());
	}

}
