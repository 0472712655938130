package dev.n1query.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.n1query.core.ActivityDetail;
import dev.n1query.core.EntityNames;
import dev.n1query.core.QueryScope;
import dev.n1query.core.QueryTracker;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

/**
 * A Jackson module that tells the current query scope which property is being written,
 * so a lazy load triggered while a response is serialized is attributed to its JSON path
 * and property ({@code writing the response at $[*].books (Author.books)}) instead of to
 * Jackson's internals, and so a scope that
 * saw eager loads hears which entity properties the response read (for the
 * unused-eager-loading report). Properties holding plain values (text, numbers, dates)
 * are left as they are, but for a bean's first; outside a scope the others cost one
 * thread-local read each. This is the Jackson 2 (Spring Boot 3) variant of the Spring Boot 4
 * flavour's Jackson 3 module of the same name.
 */
public class JsonSerializationActivityModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	/** The Jackson class this module needs (Jackson 2); the auto-configuration's condition. */
	public static final String REQUIRED_CLASS = "com.fasterxml.jackson.databind.Module";

	/**
	 * Creates the module.
	 * @param tracker the tracker whose current scope is told
	 */
	public JsonSerializationActivityModule(QueryTracker tracker) {
		super("n1-json-serialization-activity");
		setSerializerModifier(new PropertyWriterModifier(tracker));
	}

	private static final class PropertyWriterModifier extends BeanSerializerModifier {

		private static final long serialVersionUID = 1L;

		private final transient QueryTracker tracker;

		PropertyWriterModifier(QueryTracker tracker) {
			this.tracker = tracker;
		}

		@Override
		public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
				BeanDescription beanDescription, List<BeanPropertyWriter> properties) {
			String owner = EntityNames.of(beanDescription.getBeanClass());
			// The Java property name, which a JSON name (@JsonProperty, a naming strategy) may hide.
			Map<String, String> internalNames = new HashMap<>();
			for (BeanPropertyDefinition definition : beanDescription.findProperties()) {
				internalNames.put(definition.getName(), definition.getInternalName());
			}
			List<BeanPropertyWriter> tracked = new ArrayList<>(properties.size());
			for (BeanPropertyWriter property : properties) {
				// A plain value (text, a number, a date) reaches no entity: written as it is,
				// except the first property, so the scope hears that the bean was written at
				// all (an eager association is judged only on what the response wrote).
				boolean tracks = property.getClass() == BeanPropertyWriter.class
						&& (tracked.isEmpty() || !PlainValueTypes.isPlain(property.getType().getRawClass()));
				tracked.add(tracks ? new ActivityPropertyWriter(property, this.tracker, owner,
								internalNames.getOrDefault(property.getName(), property.getName()))
						: property);
			}
			return tracked;
		}

	}

	private static final class ActivityPropertyWriter extends BeanPropertyWriter {

		private static final long serialVersionUID = 1L;

		private final transient QueryTracker tracker;

		private final String owner;

		private final String javaName;

		ActivityPropertyWriter(BeanPropertyWriter base, QueryTracker tracker, String owner, String javaName) {
			super(base);
			this.tracker = tracker;
			this.owner = owner;
			this.javaName = javaName;
		}

		@Override
		public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider)
				throws Exception {
			QueryScope scope = this.tracker.analysedScope();
			if (scope == null) {
				super.serializeAsField(bean, generator, provider);
				return;
			}
			if (scope.watchesReads()) {
				scope.noteRead(bean.getClass(), this.javaName); // by class: a DTO is not its entity
			}
			// One location per scope and thread, moved to each property as they nest and moved
			// back after: one per property written was most of what N1 allocated for a response.
			ActivityDetail current = scope.currentActivityDetail();
			if (current != null && !(current instanceof JsonLocation location && location.writer == Thread.currentThread())) {
				// Inside another activity (a template, say), or in a slot threads share: a location
				// of its own, and the previous detail given back after.
				JsonLocation own = new JsonLocation(generator.getOutputContext(), this);
				ActivityDetail previous = scope.swapActivityDetail(own);
				try {
					super.serializeAsField(bean, generator, provider);
				}
				finally {
					scope.swapActivityDetail(previous);
				}
				return;
			}
			JsonLocation location = (JsonLocation) current;
			if (location == null) {
				location = new JsonLocation(null, null); // stays, idle between responses, until the scope ends
				scope.swapActivityDetail(location);
			}
			JsonStreamContext owner = location.owner;
			ActivityPropertyWriter property = location.property;
			location.moveTo(generator.getOutputContext(), this);
			try {
				super.serializeAsField(bean, generator, provider);
			}
			finally {
				location.moveTo(owner, property);
				if (scope.currentActivityDetail() != location) {
					scope.swapActivityDetail(location); // a nested activity that did not give it back
				}
			}
		}

	}

	/**
	 * Where a property is written: the path of the object that owns it (array indexes as
	 * {@code [*]}, so every row of a list is one location), described only when a
	 * statement's call site is sampled. Idle (nothing to describe) outside a property.
	 */
	private static final class JsonLocation implements ActivityDetail {

		// Moved and described by the thread that made it only (threads past a scope's limit
		// share a slot: they make locations of their own).
		private final Thread writer = Thread.currentThread();

		private JsonStreamContext owner;

		private ActivityPropertyWriter property;

		JsonLocation(JsonStreamContext owner, ActivityPropertyWriter property) {
			moveTo(owner, property);
		}

		void moveTo(JsonStreamContext owner, ActivityPropertyWriter property) {
			this.owner = owner;
			this.property = property;
		}

		@Override
		public String describe() {
			JsonStreamContext owner = this.owner;
			ActivityPropertyWriter property = this.property;
			if (owner == null || property == null) {
				return null;
			}
			StringBuilder path = new StringBuilder();
			append(path, owner.getParent());
			return "writing the response at $" + path + "." + property.getName() + " (" + property.owner + "."
					+ property.javaName + ")";
		}

		private static void append(StringBuilder path, JsonStreamContext context) {
			if (context == null || context.inRoot()) {
				return;
			}
			append(path, context.getParent());
			if (context.inArray()) {
				path.append("[*]");
			}
			else if (context.getCurrentName() != null) {
				path.append('.').append(context.getCurrentName());
			}
		}

	}

}
