package dev.n1query.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The associations fetched eagerly in one scope and the entity properties its response read
 * (a template or a JSON serializer): finds eager loading nobody used. An association counts
 * as unused only when the response read other properties of the same entity, so entities
 * the response never saw (used in Java code and turned into a DTO or a number) are never
 * reported. Bounded: at most {@value #MAX_ASSOCIATIONS} associations per scope.
 */
final class EagerLoadTally {

	static final int MAX_ASSOCIATIONS = 256;

	private final Map<String, Entry> loads = new LinkedHashMap<>();

	// Entity with eager loads → the properties the response read from its instances (empty:
	// the response never saw one). Bounded by the model.
	private final Map<String, Set<String>> reads = new HashMap<>();

	private static final class Entry {

		final EagerLoad load;

		final StatementGroup fetchedWith;

		int owners;

		Entry(EagerLoad load, StatementGroup fetchedWith) {
			this.load = load;
			this.fetchedWith = fetchedWith;
		}

	}

	synchronized void noteLoad(EagerLoad load, StatementGroup fetchedWith) {
		String key = load.entity() + "." + load.association();
		Entry entry = this.loads.get(key);
		if (entry == null) {
			if (this.loads.size() >= MAX_ASSOCIATIONS) {
				return;
			}
			entry = new Entry(load, fetchedWith);
			this.loads.put(key, entry);
			this.reads.computeIfAbsent(load.entity(), (entity) -> new HashSet<>());
		}
		entry.owners++;
	}

	synchronized void noteRead(String entity, String property) {
		Set<String> properties = this.reads.get(entity);
		if (properties != null) { // otherwise no eager load of this entity: nothing to judge
			properties.add(property);
		}
	}

	synchronized List<Finding> unused(Safelist safelist, Function<String, String> loaderOf) {
		List<Finding> unused = new ArrayList<>();
		for (Entry entry : this.loads.values()) {
			EagerLoad load = entry.load;
			if (load.loadedBy() == null && loaderOf.apply(load.entity()) != null) {
				load = new EagerLoad(load.entity(), load.association(), load.kind(), load.eagerMapping(),
						loaderOf.apply(load.entity()));
			}
			Set<String> read = this.reads.get(load.entity());
			if (read.isEmpty() || read.contains(load.association())) {
				continue; // the response never saw the entity, or read the association
			}
			StatementGroup group = entry.fetchedWith;
			CallSite callSite = (group != null) ? group.callSite : CallSite.UNKNOWN;
			String fingerprint = (group != null) ? group.fingerprint.text() : "";
			if (safelist.acceptsQuery(fingerprint) || safelist.acceptsCallSite(callSite)) {
				continue;
			}
			unused.add(new Finding(FindingKind.UNUSED_EAGER_LOADING, StatementType.SELECT, fingerprint,
					(group != null) ? group.exampleSql : "", entry.owners,
					(group != null) ? List.of(callSite) : List.of(), 0, load.entity(), load.association(),
					Suggestions.forUnusedEagerLoad(load), load.kind(), List.of(), load.loadedBy()));
		}
		return List.copyOf(unused);
	}

}
