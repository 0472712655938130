package dev.n1query.core;

import java.util.List;

/**
 * What one query's rows led the scope to load lazily: the fix for an N+1 on any of those
 * associations fetches them all with the root query, or, for a paged root query, batches
 * them.
 *
 * @param root the query that loaded the root entities
 * @param path the finding's own association path from the root, such as {@code orders.lines}
 * @param attributePaths every association path the scope loaded lazily from the same root
 * query, parents before children, such as {@code orders}, {@code orders.lines}
 * @param collectionPaths the collections among them
 * @param associations {@code Entity.association} of each path, in the same order
 */
public record FetchPlan(RootQuery root, String path, List<String> attributePaths, List<String> collectionPaths,
		List<String> associations) {

}
