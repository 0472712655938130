package dev.n1query.jdbc.proxy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * The parameter set operations of a prepared or callable statement, as
 * datasource-proxy's {@code StatementProxyLogic} keeps them: one per parameter index or
 * name, in the order each was first set, a later set of the same parameter replacing the
 * earlier in place; each batch entry keeps its own.
 */
final class ParameterOperations implements BoundParameters {

	private List<ParameterSetOperation> current = new ArrayList<>();

	// Whether a QueryInfo holds the current list: it is copied before it next changes, so
	// an execution's QueryInfo keeps what was bound (most statements execute once).
	private boolean shared;

	// While parameters are set by rising index (the usual order), a new index cannot
	// already be there: no search.
	private boolean rising = true;

	private int lastIndex;

	private List<List<ParameterSetOperation>> batch;

	/**
	 * Records a parameter set operation.
	 * @param method the setter
	 * @param args its arguments, the parameter index or name first
	 */
	void set(Method method, Object[] args) {
		Object key = args[0];
		if (!(key instanceof Integer) && !(key instanceof String)) {
			return; // datasource-proxy records only parameters keyed by index or name
		}
		ParameterSetOperation operation = new ParameterSetOperation(method, args);
		List<ParameterSetOperation> operations = writable();
		if (this.rising && key instanceof Integer index && index > this.lastIndex) {
			operations.add(operation);
			this.lastIndex = index;
			return;
		}
		for (int i = 0; i < operations.size(); i++) {
			if (key.equals(operations.get(i).getArgs()[0])) {
				operations.set(i, operation);
				return;
			}
		}
		operations.add(operation);
		this.rising = false;
	}

	/** Forgets the parameters set (clearParameters). */
	@Override
	public void clear() {
		startAnew();
	}

	/** Adds the parameters set to the batch and starts anew (addBatch). */
	@Override
	public void addBatch() {
		if (this.batch == null) {
			this.batch = new ArrayList<>();
		}
		this.batch.add(this.current);
		startAnew();
	}

	/** Forgets the batch (clearBatch). */
	@Override
	public void clearBatch() {
		this.batch = null;
	}

	/** The entries in the batch. */
	@Override
	public int batchSize() {
		return (this.batch != null) ? this.batch.size() : 0;
	}

	/** The query with the parameters set, for one execution. */
	QueryInfo query(String query) {
		QueryInfo info = new QueryInfo(query);
		List<List<ParameterSetOperation>> parameters = new ArrayList<>(1);
		parameters.add(this.current);
		info.setParametersList(parameters);
		this.shared = true;
		return info;
	}

	/** The query with the parameters of every batch entry; the batch is then empty. */
	QueryInfo drainBatch(String query) {
		QueryInfo info = new QueryInfo(query);
		if (this.batch != null) {
			info.setParametersList(this.batch);
			this.batch = null;
		}
		return info;
	}

	private List<ParameterSetOperation> writable() {
		if (this.shared) {
			this.current = new ArrayList<>(this.current);
			this.shared = false;
		}
		return this.current;
	}

	private void startAnew() {
		this.current = new ArrayList<>();
		this.shared = false;
		this.rising = true;
		this.lastIndex = 0;
	}

}
