package dev.n1query.core;

/**
 * Names entity classes the way findings do (by simple name) and the way N1 tells them apart
 * (by class name), seen through ORM proxies.
 */
public final class EntityNames {

	private static final ClassValue<String> NAMES = new ClassValue<>() {

		@Override
		protected String computeValue(Class<?> type) {
			return unproxied(type).getSimpleName();
		}

	};

	private static final ClassValue<String> TYPE_NAMES = new ClassValue<>() {

		@Override
		protected String computeValue(Class<?> type) {
			return unproxied(type).getName();
		}

	};

	private EntityNames() {
	}

	private static Class<?> unproxied(Class<?> type) {
		Class<?> named = type;
		while (named.getSuperclass() != null
				&& (named.getName().contains("$HibernateProxy") || named.getName().contains("$$"))) {
			named = named.getSuperclass();
		}
		return named;
	}

	/**
	 * The fully qualified name of an entity class, or of the class a runtime proxy extends: how
	 * N1 tells entities apart ({@code web.Customer} is not {@code domain.Customer}).
	 * @param type the runtime class
	 * @return the class name
	 */
	public static String typeOf(Class<?> type) {
		return TYPE_NAMES.get(type);
	}

	/**
	 * The simple name of an entity class, or of the class a runtime proxy extends
	 * ({@code Customer$HibernateProxy$x1} is {@code Customer}).
	 * @param type the runtime class
	 * @return the simple name
	 */
	public static String of(Class<?> type) {
		return NAMES.get(type);
	}

}
