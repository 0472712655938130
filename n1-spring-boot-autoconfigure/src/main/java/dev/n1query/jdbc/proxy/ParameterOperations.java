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
final class ParameterOperations {

	private List<ParameterSetOperation> current = new ArrayList<>();

	// While parameters are set by rising index (the usual order), a new index cannot
	// already be there: no search.
	private boolean rising = true;

	private int lastIndex;

	private List<List<ParameterSetOperation>> batch = new ArrayList<>();

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
		if (this.rising && key instanceof Integer index && index > this.lastIndex) {
			this.current.add(operation);
			this.lastIndex = index;
			return;
		}
		for (int i = 0; i < this.current.size(); i++) {
			if (key.equals(this.current.get(i).getArgs()[0])) {
				this.current.set(i, operation);
				return;
			}
		}
		this.current.add(operation);
		this.rising = false;
	}

	/** Forgets the parameters set (clearParameters). */
	void clear() {
		this.current.clear();
		this.rising = true;
		this.lastIndex = 0;
	}

	/** Adds the parameters set to the batch and starts anew (addBatch). */
	void addBatch() {
		this.batch.add(this.current);
		this.current = new ArrayList<>();
		this.rising = true;
		this.lastIndex = 0;
	}

	/** Forgets the batch (clearBatch). */
	void clearBatch() {
		this.batch = new ArrayList<>();
	}

	/** The entries in the batch. */
	int batchSize() {
		return this.batch.size();
	}

	/** The query with a copy of the parameters set, for one execution. */
	QueryInfo query(String query) {
		QueryInfo info = new QueryInfo(query);
		info.getParametersList().add(new ArrayList<>(this.current));
		return info;
	}

	/** The query with the parameters of every batch entry; the batch is then empty. */
	QueryInfo drainBatch(String query) {
		QueryInfo info = new QueryInfo(query);
		info.setParametersList(this.batch);
		this.batch = new ArrayList<>();
		return info;
	}

}
