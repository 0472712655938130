package dev.n1query.core;

/** Names entity classes the way findings do: by simple name, seen through ORM proxies. */
public final class EntityNames {

	private static final ClassValue<String> NAMES = new ClassValue<>() {

		@Override
		protected String computeValue(Class<?> type) {
			Class<?> named = type;
			while (named.getSuperclass() != null
					&& (named.getName().contains("$HibernateProxy") || named.getName().contains("$$"))) {
				named = named.getSuperclass();
			}
			return named.getSimpleName();
		}

	};

	private EntityNames() {
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
