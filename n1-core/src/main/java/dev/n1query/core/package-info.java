/**
 * N1's core, in plain Java: scopes, statement records, SQL fingerprints, grouping,
 * N+1 and duplicate detection, and reports. Knows nothing of Spring.
 */
package dev.n1query.core;
