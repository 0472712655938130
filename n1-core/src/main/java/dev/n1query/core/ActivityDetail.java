package dev.n1query.core;

/**
 * A finer description of what a scope is doing on one thread, such as the template
 * element being rendered or the JSON property being written. Described only when a
 * statement's call site is sampled, so a sensor can hand over a live view of its state
 * (the template engine's element stack, the JSON generator's path) instead of building a
 * text per element or property.
 */
@FunctionalInterface
public interface ActivityDetail {

	/**
	 * Describes the activity as it is now.
	 * @return for example {@code rendering customers.html:23 th:each="order : ${customer.orders}"},
	 * or {@code null} when there is nothing finer to say
	 */
	String describe();

}
