package dev.n1query.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.p6spy.engine.spy.P6DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.n1query.core.CallSiteResolver;
import dev.n1query.core.DetectionSettings;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import dev.n1query.jdbc.DataSourceWrapper;
import dev.n1query.jdbc.N1QueryListener;
import dev.n1query.jdbc.proxy.N1JdbcProxyFactory;
import net.ttddyy.dsproxy.listener.NoOpQueryExecutionListener;
import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.jdk.JdkJdbcProxyFactory;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One statement through a connection pool, as an application runs it (borrow, prepare,
 * bind, execute, read, close), on H2 in memory: the raw pool, datasource-proxy with a
 * no-op listener (with its JDK proxies and with N1's proxy factory), datasource-proxy
 * counting with its own {@code countQuery()}, p6spy with logging off, and N1 inside an
 * active scope with full detection and with no scope open, each with N1's proxy factory
 * (the default) and with datasource-proxy's JDK one ({@code n1.jdbc.proxy-factory=jdk}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JdbcOverheadBenchmark {

	@Param({ "raw", "dsproxy-noop", "dsproxy-noop-n1-factory", "dsproxy-count", "p6spy", "n1-scope", "n1-no-scope",
			"n1-scope-jdk-factory", "n1-no-scope-jdk-factory" })
	public String variant;

	private HikariDataSource pool;

	private DataSource dataSource;

	private QueryTracker tracker;

	private QueryScope scope;

	private int statementsInScope;

	private long id;

	@Setup(Level.Trial)
	public void setUp() throws SQLException {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:bench-" + this.variant + ";DB_CLOSE_DELAY=-1");
		config.setMaximumPoolSize(2);
		this.pool = new HikariDataSource(config);
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table customer (id bigint primary key, name varchar(100))");
			statement.execute("create table audit (id bigint auto_increment primary key, customer_id bigint, note varchar(100))");
			for (int i = 0; i < 1000; i++) {
				statement.execute("insert into customer values (" + i + ", 'Customer " + i + "')");
			}
		}
		this.dataSource = switch (this.variant) {
			case "raw" -> this.pool;
			case "dsproxy-noop" -> ProxyDataSourceBuilder.create(this.pool).listener(new NoOpQueryExecutionListener()).build();
			case "dsproxy-noop-n1-factory" -> ProxyDataSourceBuilder.create(this.pool)
				.listener(new NoOpQueryExecutionListener())
				.jdbcProxyFactory(new N1JdbcProxyFactory())
				.build();
			case "dsproxy-count" -> ProxyDataSourceBuilder.create(this.pool).countQuery().build();
			case "p6spy" -> p6spy(this.pool);
			case "n1-scope", "n1-no-scope" -> n1(this.pool, new N1JdbcProxyFactory());
			case "n1-scope-jdk-factory", "n1-no-scope-jdk-factory" -> n1(this.pool, new JdkJdbcProxyFactory());
			default -> throw new IllegalArgumentException(this.variant);
		};
	}

	private static DataSource p6spy(DataSource target) {
		// Only p6spy's spy module: no logging, no outage detection.
		System.setProperty("p6spy.config.modulelist", "com.p6spy.engine.spy.P6SpyFactory");
		return new P6DataSource(target);
	}

	private DataSource n1(DataSource target, JdbcProxyFactory proxyFactory) {
		this.tracker = new QueryTracker(DetectionSettings.DEFAULTS, new CallSiteResolver(), List.of(), List.of());
		QueryTracker bound = this.tracker;
		return DataSourceWrapper.wrap(target, "dataSource", new N1QueryListener(() -> bound), proxyFactory);
	}

	/** N1 with a scope: one scope per 1,000 statements (a page with an N+1), closed and analysed in the measurement. */
	private void scope() {
		if (!this.variant.startsWith("n1-scope")) {
			return;
		}
		if (this.scope == null || this.statementsInScope == 1_000) {
			if (this.scope != null) {
				this.scope.close();
			}
			this.scope = this.tracker.open("benchmark");
			this.statementsInScope = 0;
		}
		this.statementsInScope++;
	}

	/** Keeps the audit table small so every iteration inserts into the same sized table. */
	@Setup(Level.Iteration)
	public void truncate() throws SQLException {
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("truncate table audit");
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		if (this.scope != null) {
			this.scope.close();
		}
		this.pool.close();
	}

	@Benchmark
	public String pointSelect() throws SQLException {
		scope();
		long key = (this.id++) % 1000;
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("select c1_0.id,c1_0.name from customer c1_0 where c1_0.id=?")) {
			statement.setLong(1, key);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getString(2) : null;
			}
		}
	}

	@Benchmark
	public int smallInsert() throws SQLException {
		scope();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("insert into audit (customer_id,note) values (?,?)")) {
			statement.setLong(1, (this.id++) % 1000);
			statement.setString(2, "seen");
			return statement.executeUpdate();
		}
	}

}
