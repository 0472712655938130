package dev.n1query.core;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded cache of fingerprints keyed by SQL text. Applications send the same few
 * hundred statement strings over and over, so most look-ups hit; when the cache is full
 * it is simply emptied, which keeps memory bounded without any bookkeeping on the hot
 * path.
 */
public final class FingerprintCache {

	private final ConcurrentHashMap<String, Fingerprint> cache = new ConcurrentHashMap<>();

	private final int maxEntries;

	private final int maxSqlLength;

	/**
	 * Creates a cache.
	 * @param maxEntries how many statements to remember
	 * @param maxSqlLength statements longer than this are fingerprinted but not cached
	 */
	public FingerprintCache(int maxEntries, int maxSqlLength) {
		this.maxEntries = maxEntries;
		this.maxSqlLength = maxSqlLength;
	}

	/** A cache of 1024 statements of up to 16 KB each. */
	public FingerprintCache() {
		this(1024, 16 * 1024);
	}

	/**
	 * Returns the fingerprint of the given SQL, computing it on a miss.
	 * @param sql the statement text
	 * @return its fingerprint
	 */
	public Fingerprint fingerprint(String sql) {
		if (sql == null || sql.length() > this.maxSqlLength) {
			return SqlFingerprinter.fingerprint(sql);
		}
		Fingerprint cached = this.cache.get(sql);
		if (cached != null) {
			return cached;
		}
		Fingerprint computed = SqlFingerprinter.fingerprint(sql);
		if (this.cache.mappingCount() >= this.maxEntries) {
			this.cache.clear();
		}
		this.cache.put(sql, computed);
		return computed;
	}

}
