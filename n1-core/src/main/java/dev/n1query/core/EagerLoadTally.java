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
 * The associations fetched eagerly in one scope and the properties its response read (a
 * template or a JSON serializer): finds eager loading nobody used. An association counts
 * as unused only when the response read other properties of the same entity class, so
 * entities the response never saw (used in Java code and turned into a DTO or a number, even
 * a DTO of the same simple name) are never reported. Reads by Java code cannot be seen, so
 * the advice for an EAGER mapping never changes the mapping. Bounded: at most {@value #MAX_ASSOCIATIONS} associations and
 * {@value #MAX_READS} distinct reads per scope. Guarded by its scope's lock.
 */
final class EagerLoadTally {

	static final int MAX_ASSOCIATIONS = 256;

	static final int MAX_READS = 10_000;

	private final Map<EagerLoad, Entry> loads = new LinkedHashMap<>();

	// Type (entity, DTO … by class name, or by the name a caller used) → the properties the
	// response read from its instances.
	private final Map<String, Set<String>> reads = new HashMap<>();

	private int readCount;

	// The latest load told and its entry: the rows of one query tell the same association
	// one after the other, so most loads skip the map (and the record's hashing).
	private EagerLoad lastLoad;

	private Entry lastEntry;

	// Reads already counted, by the identity of their two names (a view reads the same few
	// properties of every row, with the same String instances): a direct-mapped cache in
	// front of the maps. Entity, property, entity, property …
	private final String[] recentReads = new String[2 * RECENT_READS];

	private static final int RECENT_READS = 64;

	private static final class Entry {

		final EagerLoad load;

		final StatementGroup fetchedWith;

		int owners;

		Entry(EagerLoad load, StatementGroup fetchedWith) {
			this.load = load;
			this.fetchedWith = fetchedWith;
		}

	}

	void noteLoad(EagerLoad load, StatementGroup fetchedWith) {
		if (load != null && load == this.lastLoad) {
			this.lastEntry.owners++;
			return;
		}
		Entry entry = this.loads.get(load);
		if (entry == null) {
			if (this.loads.size() >= MAX_ASSOCIATIONS) {
				return;
			}
			entry = new Entry(load, fetchedWith);
			this.loads.put(load, entry);
		}
		entry.owners++;
		this.lastLoad = load;
		this.lastEntry = entry;
	}

	void noteRead(String entity, String property) {
		if (this.readCount >= MAX_READS) {
			return;
		}
		int slot = recentReadSlot(entity, property);
		if (this.recentReads[slot] == entity && this.recentReads[slot + 1] == property && entity != null) {
			return; // counted already
		}
		if (this.reads.computeIfAbsent(entity, (type) -> new HashSet<>()).add(property)) {
			this.readCount++;
		}
		this.recentReads[slot] = entity;
		this.recentReads[slot + 1] = property;
	}

	// By identity, as the cache matches.
	private static int recentReadSlot(String entity, String property) {
		return 2 * ((31 * System.identityHashCode(entity) + System.identityHashCode(property)) & (RECENT_READS - 1));
	}

	List<Finding> unused(Safelist safelist, Function<String, String> loaderOf) {
		List<Finding> unused = new ArrayList<>();
		for (Entry entry : this.loads.values()) {
			EagerLoad load = entry.load;
			String loadedBy = loaderOf.apply(load.entity());
			Set<String> read = this.reads.get(load.entityType());
			if (read == null || read.contains(load.association()) || this.readCount >= MAX_READS) {
				continue; // never seen, read, or too many reads to judge
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
					Suggestions.forUnusedEagerLoad(load, loadedBy), load.kind(), List.of(), loadedBy));
		}
		return List.copyOf(unused);
	}

}
