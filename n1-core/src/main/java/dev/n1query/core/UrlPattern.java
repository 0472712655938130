package dev.n1query.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches paths and route templates against Ant-style patterns, with the semantics of
 * Spring's {@code AntPathMatcher}: {@code ?} matches one character, {@code *} any
 * characters within a path segment, {@code **} any number of whole segments, and
 * {@code {name}} stands for one segment's worth of characters like {@code *}; empty
 * segments are ignored. Without regular expressions or recursion: each {@code **}-free
 * block of the pattern is placed at its leftmost match, and each segment is matched
 * greedily, so a match costs at most about the pattern's length times the path's,
 * whatever the pattern.
 */
public final class UrlPattern {

	private UrlPattern() {
	}

	/**
	 * Whether a path matches a pattern.
	 * @param pattern the pattern, such as {@code /admin/**}
	 * @param path the path or route template, such as {@code /admin/users/{id}}
	 * @return whether it matches
	 */
	public static boolean matches(String pattern, String path) {
		if (pattern.startsWith("/") != path.startsWith("/")) {
			return false;
		}
		List<String> written = segments(pattern);
		List<String> patterns = new ArrayList<>(written);
		patterns.replaceAll(UrlPattern::variablesAsStars);
		List<String> paths = segments(path);
		int patternStart = 0;
		int patternEnd = patterns.size() - 1;
		int pathStart = 0;
		int pathEnd = paths.size() - 1;
		// Segments up to the first **
		while (patternStart <= patternEnd && pathStart <= pathEnd) {
			String segment = patterns.get(patternStart);
			if (segment.equals("**")) {
				break;
			}
			if (!segmentMatches(segment, paths.get(pathStart))) {
				return false;
			}
			patternStart++;
			pathStart++;
		}
		if (pathStart > pathEnd) {
			// The path is used up: only **s (or one * against a trailing slash) may remain.
			if (patternStart > patternEnd) {
				return pattern.endsWith("/") == path.endsWith("/");
			}
			if (patternStart == patternEnd && written.get(patternStart).equals("*") && path.endsWith("/")) {
				return true;
			}
			return onlyAnyDepth(patterns, patternStart, patternEnd);
		}
		if (patternStart > patternEnd) {
			return false;
		}
		// Segments after the last **
		while (patternStart <= patternEnd && pathStart <= pathEnd) {
			String segment = patterns.get(patternEnd);
			if (segment.equals("**")) {
				break;
			}
			if (!segmentMatches(segment, paths.get(pathEnd))) {
				return false;
			}
			if (patternEnd == patterns.size() - 1 && pattern.endsWith("/") != path.endsWith("/")) {
				return false;
			}
			patternEnd--;
			pathEnd--;
		}
		if (pathStart > pathEnd) {
			return onlyAnyDepth(patterns, patternStart, patternEnd);
		}
		// Each block between two **s at its leftmost place: a later place never helps,
		// since the ** after it absorbs whatever an earlier place leaves.
		while (patternStart != patternEnd && pathStart <= pathEnd) {
			int next = -1;
			for (int i = patternStart + 1; i <= patternEnd; i++) {
				if (patterns.get(i).equals("**")) {
					next = i;
					break;
				}
			}
			if (next == patternStart + 1) {
				patternStart++; // **/**
				continue;
			}
			int blockLength = next - patternStart - 1;
			int found = -1;
			for (int i = 0; i <= pathEnd - pathStart + 1 - blockLength && found < 0; i++) {
				boolean all = true;
				for (int j = 0; j < blockLength && all; j++) {
					all = segmentMatches(patterns.get(patternStart + j + 1), paths.get(pathStart + i + j));
				}
				if (all) {
					found = pathStart + i;
				}
			}
			if (found < 0) {
				return false;
			}
			patternStart = next;
			pathStart = found + blockLength;
		}
		return onlyAnyDepth(patterns, patternStart, patternEnd);
	}

	private static boolean onlyAnyDepth(List<String> patterns, int start, int end) {
		for (int i = start; i <= end; i++) {
			if (!patterns.get(i).equals("**")) {
				return false;
			}
		}
		return true;
	}

	private static List<String> segments(String text) {
		List<String> segments = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int slash = text.indexOf('/', start);
			int end = (slash < 0) ? text.length() : slash;
			if (end > start) {
				segments.add(text.substring(start, end));
			}
			start = end + 1;
		}
		return segments;
	}

	/**
	 * {@code {id}} stands for any characters within the segment, as {@code *} does; runs of
	 * stars within a segment mean one star. Only a segment written {@code **} spans segments.
	 */
	private static String variablesAsStars(String segment) {
		if (segment.equals("**") || (segment.indexOf('{') < 0 && !segment.contains("**"))) {
			return segment;
		}
		StringBuilder stars = new StringBuilder(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			int end = (c == '{') ? segment.indexOf('}', i + 1) : -1;
			if (end > 0 || c == '*') {
				if (stars.isEmpty() || stars.charAt(stars.length() - 1) != '*') {
					stars.append('*');
				}
				i = Math.max(i, end);
			}
			else {
				stars.append(c);
			}
		}
		return stars.toString();
	}

	/**
	 * Matches one segment with {@code ?} and {@code *}: greedy, going back only to the last
	 * star, which is enough for stars that match any run of characters.
	 */
	static boolean segmentMatches(String pattern, String text) {
		int p = 0;
		int t = 0;
		int starPattern = -1;
		int starText = -1;
		while (t < text.length()) {
			if (p < pattern.length()) {
				char c = pattern.charAt(p);
				if (c == '*') {
					p++;
					starPattern = p;
					starText = t;
					continue;
				}
				if (c == '?' || c == text.charAt(t)) {
					p++;
					t++;
					continue;
				}
			}
			if (starPattern < 0) {
				return false;
			}
			p = starPattern;
			t = ++starText;
		}
		while (p < pattern.length() && pattern.charAt(p) == '*') {
			p++;
		}
		return p == pattern.length();
	}

}
