package dev.n1query.jdbc.proxy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.jdk.JdkJdbcProxyFactory;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every method of every JDBC interface N1's proxies implement, called through
 * datasource-proxy's JDK proxies and through N1's on a fake driver that notes each call:
 * the driver gets the same calls with the same arguments, the caller the same result or
 * exception, and the listeners the same executions (after each method an execution shows
 * the parameters recorded, so every setter and out-parameter registration is covered).
 */
class N1JdbcProxyFactoryDelegationTests {

	static Stream<Arguments> methods() {
		return Stream.of(DataSource.class, Connection.class, Statement.class, PreparedStatement.class,
				CallableStatement.class)
			.flatMap((type) -> Arrays.stream(type.getMethods())
				.filter((method) -> !Modifier.isStatic(method.getModifiers()))
				.sorted(Comparator.comparing(Method::toString))
				.map((method) -> Arguments.of(type.getSimpleName(), type, method)));
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("methods")
	void everyMethodReachesTheDriverAndTheListenersAlike(String name, Class<?> type, Method method) throws Exception {
		List<String> jdk = observe(new JdkJdbcProxyFactory(), method, type);
		List<String> n1 = observe(new N1JdbcProxyFactory(), method, type);
		assertThat(jdk).anyMatch((line) -> line.contains(method.getName()));
		assertThat(n1).containsExactlyElementsOf(jdk);
	}

	private List<String> observe(JdbcProxyFactory factory, Method method, Class<?> type) throws Exception {
		List<String> observed = new ArrayList<>();
		DataSource driver = Fake.of(DataSource.class, observed);
		ProxyDataSourceBuilder builder = ProxyDataSourceBuilder.create(driver)
			.name("fake")
			.listener(new JdbcProxyContractTests.Recorder(observed))
			.jdbcProxyFactory(factory);
		Object target = target(builder, type);
		Object[] args = arguments(method);
		try {
			observed.add("returned " + describe(method.invoke(target, args)));
		}
		catch (InvocationTargetException ex) {
			observed.add("threw " + ex.getTargetException());
		}
		if (target instanceof PreparedStatement prepared) {
			prepared.execute();
		}
		else if (target instanceof Statement statement) {
			statement.execute("select 1");
		}
		return observed;
	}

	// The proxy of the given type to call the method on.
	private static Object target(ProxyDataSourceBuilder builder, Class<?> type) throws Exception {
		if (type == DataSource.class) {
			return builder.buildProxy();
		}
		Connection connection = builder.build().getConnection();
		if (type == Connection.class) {
			return connection;
		}
		if (type == CallableStatement.class) {
			return connection.prepareCall("call f(?)");
		}
		if (type == PreparedStatement.class) {
			return connection.prepareStatement("select ?", Statement.RETURN_GENERATED_KEYS);
		}
		return connection.createStatement();
	}

	private static Object[] arguments(Method method) {
		Class<?>[] types = method.getParameterTypes();
		Object[] args = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			args[i] = sample(types[i], i);
		}
		return args;
	}

	private static Object sample(Class<?> type, int position) {
		if (type == int.class) {
			return (position == 0) ? 1 : 2;
		}
		if (type == long.class) {
			return 3L;
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == short.class) {
			return (short) 4;
		}
		if (type == byte.class) {
			return (byte) 5;
		}
		if (type == float.class) {
			return 1.5f;
		}
		if (type == double.class) {
			return 2.5;
		}
		if (type == String.class) {
			return (position == 0) ? "p" : "value";
		}
		if (type == Object.class) {
			return "object";
		}
		if (type == int[].class) {
			return new int[] { 1 };
		}
		if (type == String[].class) {
			return new String[] { "id" };
		}
		if (type == Object[].class) {
			return new Object[] { "element" };
		}
		if (type == byte[].class) {
			return new byte[] { 1 };
		}
		if (type == Class.class) {
			return String.class;
		}
		if (type == Map.class) {
			return Map.of();
		}
		return null;
	}

	private static String describe(Object result) {
		if (result instanceof Object[] || result instanceof int[] || result instanceof long[] || result instanceof byte[]) {
			return Arrays.deepToString(new Object[] { result });
		}
		if (result instanceof Statement || result instanceof ResultSet || result instanceof Connection) {
			return JdbcProxyContractTests.kind(result);
		}
		return String.valueOf(result);
	}

	/** A driver object that notes every call and answers with defaults (and fakes for JDBC objects). */
	static final class Fake {

		private static final List<Class<?>> JDBC_TYPES = List.of(Connection.class, CallableStatement.class,
				PreparedStatement.class, Statement.class, ResultSet.class);

		static <T> T of(Class<T> type, List<String> calls) {
			return type.cast(Proxy.newProxyInstance(Fake.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, args) -> answer(type, proxy, method, args, calls)));
		}

		private static Object answer(Class<?> type, Object proxy, Method method, Object[] args, List<String> calls) {
			switch (method.getName()) {
				case "toString":
					return "fake " + type.getSimpleName();
				case "hashCode":
					return type.getSimpleName().hashCode();
				case "equals":
					return proxy == args[0];
				default:
			}
			calls.add("driver " + type.getSimpleName() + "." + method.getName() + Arrays.deepToString(args));
			Class<?> returns = method.getReturnType();
			for (Class<?> jdbcType : JDBC_TYPES) {
				if (returns == jdbcType) {
					return of(jdbcType, calls);
				}
			}
			if (returns == int[].class) {
				return new int[] { 1 };
			}
			if (returns == long[].class) {
				return new long[] { 1 };
			}
			if (returns == String.class) {
				return "text";
			}
			if (!returns.isPrimitive() || returns == void.class) {
				return null;
			}
			if (returns == boolean.class) {
				return false;
			}
			if (returns == long.class) {
				return 0L;
			}
			if (returns == float.class) {
				return 0f;
			}
			if (returns == double.class) {
				return 0d;
			}
			if (returns == byte.class) {
				return (byte) 0;
			}
			if (returns == short.class) {
				return (short) 0;
			}
			return 0;
		}

	}

}
