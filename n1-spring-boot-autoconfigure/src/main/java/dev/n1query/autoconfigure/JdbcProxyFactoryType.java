package dev.n1query.autoconfigure;

/**
 * What makes the connection and statement proxies N1 observes JDBC through
 * ({@code n1.jdbc.proxy-factory}).
 */
public enum JdbcProxyFactoryType {

	/**
	 * N1's own delegating classes ({@code N1JdbcProxyFactory}): direct calls, no
	 * reflection; datasource-proxy's listener API unchanged.
	 */
	N1,

	/** datasource-proxy's stock factory: JDK dynamic proxies with reflective dispatch. */
	JDK

}
