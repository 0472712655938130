package dev.n1query.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryTracker;
import dev.n1query.core.StatementExecution;
import dev.n1query.jdbc.proxy.DirectQueryListener;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * The datasource-proxy listener that hands every executed statement to the
 * {@link QueryTracker}. A JDBC batch is one execution with its batch size. As a
 * {@link DirectQueryListener}, N1's own proxies tell it of executions without
 * datasource-proxy's listener objects when it is their only listener.
 */
public final class N1QueryListener implements DirectQueryListener {

	private final Supplier<QueryTracker> tracker;

	/**
	 * Creates a listener.
	 * @param tracker where statements are recorded, looked up on first use
	 */
	public N1QueryListener(Supplier<QueryTracker> tracker) {
		this.tracker = tracker;
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		if (queryInfoList.isEmpty()) {
			return;
		}
		QueryInfo query = queryInfoList.get(0);
		int batchSize = execInfo.isBatch() ? execInfo.getBatchSize() : 0;
		// 0: datasource-proxy's ExecutionInfo has no end time, so the tracker reads the clock
		afterExecution(query.getQuery(), parameters(query), execInfo.getElapsedTime(), 0, batchSize, execInfo.getResult(),
				execInfo.getThrowable(), execInfo.getDataSourceName());
	}

	@Override
	public boolean countIfUnused() {
		try {
			return this.tracker.get().countIfUnobserved();
		}
		catch (RuntimeException ex) { // the tracker cannot be had (yet): skip the statement
			N1Failures.swallow("looking up N1's query tracker", ex);
			return true;
		}
	}

	@Override
	public void afterExecution(String sql, List<Object> parameters, long elapsedNanos, int batchSize, Object result,
			Throwable failure, String dataSourceName) {
		afterExecution(sql, parameters, elapsedNanos, 0, batchSize, result, failure, dataSourceName);
	}

	@Override
	public void afterExecution(String sql, List<Object> parameters, long elapsedNanos, long endNanos, int batchSize,
			Object result, Throwable failure, String dataSourceName) {
		try {
			this.tracker.get()
				.record(new StatementExecution(sql, parameters, elapsedNanos, batchSize, rows(result), failure == null,
						(failure != null) ? String.valueOf(failure.getMessage()) : null, dataSourceName, endNanos));
		}
		catch (RuntimeException ex) { // record() swallows its own failures: this is the lookup
			N1Failures.swallow("looking up N1's query tracker", ex);
		}
	}

	// Values of the first parameter set (a batch's first row), ordered by index. Drivers
	// see setters called in index order almost always: then a view, not a copy.
	private static List<Object> parameters(QueryInfo query) {
		List<List<ParameterSetOperation>> sets = query.getParametersList();
		if (sets.isEmpty() || sets.get(0).isEmpty()) {
			return List.of();
		}
		List<ParameterSetOperation> operations = sets.get(0);
		for (int i = 0; i < operations.size(); i++) {
			Object[] args = operations.get(i).getArgs();
			if (args == null || args.length < 2 || !(args[0] instanceof Integer index) || index != i + 1) {
				return sortByIndex(operations);
			}
		}
		return new ParameterValuesView(operations);
	}

	/** The bound values of parameter operations already in index order. */
	private static final class ParameterValuesView extends java.util.AbstractList<Object> {

		private final List<ParameterSetOperation> operations;

		ParameterValuesView(List<ParameterSetOperation> operations) {
			this.operations = operations;
		}

		@Override
		public Object get(int index) {
			ParameterSetOperation operation = this.operations.get(index);
			return ParameterSetOperation.isSetNullParameterOperation(operation) ? null : operation.getArgs()[1];
		}

		@Override
		public int size() {
			return this.operations.size();
		}

	}

	private static List<Object> sortByIndex(List<ParameterSetOperation> operations) {
		List<ParameterSetOperation> sorted = new ArrayList<>(operations);
		sorted.sort(java.util.Comparator.comparingInt(N1QueryListener::indexOf));
		List<Object> values = new ArrayList<>(sorted.size());
		for (ParameterSetOperation operation : sorted) {
			Object[] args = operation.getArgs();
			if (args != null && args.length >= 2) {
				values.add(ParameterSetOperation.isSetNullParameterOperation(operation) ? null : args[1]);
			}
		}
		return values;
	}

	private static int indexOf(ParameterSetOperation operation) {
		Object[] args = operation.getArgs();
		return (args != null && args.length > 0 && args[0] instanceof Integer index) ? index : Integer.MAX_VALUE;
	}

	private static int rows(Object result) {
		if (result instanceof Integer count) {
			return count;
		}
		if (result instanceof Long count) {
			return (int) Math.min(Integer.MAX_VALUE, count);
		}
		if (result instanceof int[] counts) {
			long sum = 0;
			for (int count : counts) {
				sum += Math.max(count, 0);
			}
			return (int) Math.min(Integer.MAX_VALUE, sum);
		}
		return -1;
	}

}
