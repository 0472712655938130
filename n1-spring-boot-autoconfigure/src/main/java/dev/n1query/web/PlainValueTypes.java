package dev.n1query.web;

import java.net.URI;
import java.net.URL;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

/**
 * Types whose values are plain data: writing a property of such a type never reaches
 * another entity, so it can neither start a lazy load of an association nor read one that
 * was loaded eagerly. Serializers skip their bookkeeping for them, which is most of the
 * properties a response writes.
 */
final class PlainValueTypes {

	private PlainValueTypes() {
	}

	/**
	 * Whether values of the declared type are plain data.
	 * @param type the declared type of a property
	 * @return {@code true} for primitives and their boxes, text, numbers, enums, dates and
	 * times, UUIDs, URIs, locales, currencies and arrays of primitives
	 */
	static boolean isPlain(Class<?> type) {
		if (type.isPrimitive() || type.isEnum()) {
			return true;
		}
		if (type.isArray()) {
			return type.getComponentType().isPrimitive();
		}
		return type == String.class || type == Boolean.class || type == Character.class
				|| CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
				|| Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
				|| Date.class.isAssignableFrom(type) || Calendar.class.isAssignableFrom(type) || type == UUID.class
				|| type == URI.class || type == URL.class || type == Locale.class || type == Currency.class;
	}

}
