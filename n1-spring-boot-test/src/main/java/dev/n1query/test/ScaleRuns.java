package dev.n1query.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.n1query.core.QueryTracker;

import org.springframework.context.ApplicationContext;

/**
 * Runs a block at several scale factors and fails when its statement count grows with
 * the data, like Ruby's {@code n_plus_one_control}: before each run the populator makes
 * the data hold {@code n} items, and the test transaction's persistence context (if any)
 * is flushed and cleared so the block loads from the database.
 */
final class ScaleRuns {

	/** The scale factors used when none are given. */
	static final int[] DEFAULT_SCALES = { 2, 3 };

	private final QueryTracker tracker;

	private final ApplicationContext context;

	private final String subject;

	private final int[] scales;

	ScaleRuns(QueryTracker tracker, ApplicationContext context, String subject, int[] scales) {
		if (scales.length < 2) {
			throw new IllegalArgumentException("Give at least two scale factors, got " + Arrays.toString(scales));
		}
		for (int i = 1; i < scales.length; i++) {
			if (scales[i] <= scales[i - 1] || scales[0] < 1) {
				throw new IllegalArgumentException(
						"Scale factors must be positive and increasing, got " + Arrays.toString(scales));
			}
		}
		this.tracker = tracker;
		this.context = context;
		this.subject = subject;
		this.scales = scales.clone();
	}

	/**
	 * Runs the block once per scale factor and compares what ran.
	 * @param populator makes the data hold n items
	 * @param block the code measured; the last run may be a different block (the real test
	 * invocation of {@link ConstantQueries})
	 * @param lastBlock the block for the last run
	 * @throws AssertionError when the statement count grew
	 */
	void check(Populator populator, QueryBlock block, QueryBlock lastBlock) {
		List<RecordedQueries> runs = new ArrayList<>();
		for (int i = 0; i < this.scales.length; i++) {
			int n = this.scales[i];
			try {
				populator.populate(n);
			}
			catch (Throwable ex) {
				throw new AssertionError("Populating the data at scale " + n + " failed", ex);
			}
			PersistenceContexts.flushAndClearTransactional(this.context);
			QueryRecording recording = QueryRecording.start(this.tracker, this.subject + " at scale " + n);
			Throwable failure = null;
			try {
				((i == this.scales.length - 1) ? lastBlock : block).run();
			}
			catch (Throwable ex) {
				failure = ex;
			}
			RecordedQueries queries = recording.stop();
			if (failure != null) {
				throw new AssertionError("The block failed at scale " + n + " after " + queries.describe(), failure);
			}
			runs.add(queries);
		}
		compare(runs);
	}

	private void compare(List<RecordedQueries> runs) {
		RecordedQueries first = runs.get(0);
		RecordedQueries last = runs.get(runs.size() - 1);
		boolean grew = false;
		for (int i = 1; i < runs.size(); i++) {
			grew |= runs.get(i).count() > runs.get(i - 1).count();
		}
		if (!grew) {
			return;
		}
		StringBuilder message = new StringBuilder("Expected the statements of ").append(this.subject)
			.append(" not to grow with the data, but they went from ");
		for (int i = 0; i < runs.size(); i++) {
			message.append((i == 0) ? "" : " to ").append(runs.get(i).count()).append(" at scale ").append(this.scales[i]);
		}
		message.append(':');
		int items = this.scales[this.scales.length - 1] - this.scales[0];
		Map<Shapes.Site, Integer> before = Shapes.bySite(first);
		Shapes.bySite(last).forEach((site, count) -> {
			int growth = count - before.getOrDefault(site, 0);
			if (growth > 0) {
				message.append("\n  ").append(Shapes.brief(site.fingerprint())).append(" grows by ")
					.append(perItem(growth, items)).append(" per item");
				String association = Shapes.association(last, site);
				if (association != null) {
					message.append(" (").append(association).append(')');
				}
				message.append(", from ").append(site.callSite());
			}
		});
		message.append("\nAt scale ").append(this.scales[this.scales.length - 1]).append(": ").append(last.describe());
		String hint = Hints.forBlock();
		if (hint != null && this.context == null) {
			message.append('\n').append(hint);
		}
		throw new AssertionError(message.toString());
	}

	private static String perItem(int growth, int items) {
		if (growth % items == 0) {
			return String.valueOf(growth / items);
		}
		return String.format(java.util.Locale.ROOT, "%.2f", (double) growth / items);
	}

}
