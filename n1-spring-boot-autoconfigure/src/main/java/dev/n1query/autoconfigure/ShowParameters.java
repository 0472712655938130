package dev.n1query.autoconfigure;

/** When the {@code queries} endpoint shows bound parameter values (Spring Boot's {@code show-values} style). */
public enum ShowParameters {

	/** Never: values are masked. */
	NEVER,

	/** To authenticated users with one of {@code n1.actuator.roles} (any authenticated user when empty). */
	WHEN_AUTHORIZED,

	/** To everyone who can read the endpoint. */
	ALWAYS

}
