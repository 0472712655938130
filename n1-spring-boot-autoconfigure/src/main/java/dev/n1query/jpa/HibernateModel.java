package dev.n1query.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.n1query.core.AssociationLoad;
import dev.n1query.core.EagerLoad;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.engine.FetchTiming;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.generator.OnExecutionGenerator;
import org.hibernate.metamodel.CollectionClassification;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * What N1 needs to know of the Hibernate model, computed once: table names to entities,
 * the to-one associations that point at each entity, collection kinds, each entity's
 * associations with their mapped fetch type, and which entities use IDENTITY ids (which
 * disable JDBC batching).
 */
final class HibernateModel {

	record Entity(String name, boolean identityIds, Map<String, String> attributesByColumn) {
	}

	private final Map<String, Entity> byTable = new HashMap<>();

	// Target entity class name → the to-one associations pointing at it (entity, attribute, kind).
	private final Map<String, List<AssociationLoad>> toOneOwnersByTarget = new HashMap<>();

	/**
	 * One association of an entity.
	 * @param name the attribute
	 * @param kind {@code one-to-many}, {@code many-to-one}, {@code element-collection} …
	 * @param eagerMapping whether it is mapped EAGER
	 * @param eagerLoad what to tell a scope when it comes loaded with its owner
	 * @param statePosition where its value sits in the owner's loaded state
	 * @param bag whether it is a bag (a {@code List} without an order column): Hibernate cannot
	 * fetch two bags in one query
	 */
	record Association(String name, String kind, boolean eagerMapping, EagerLoad eagerLoad, int statePosition,
			boolean bag, boolean isCollection) {

		Association(String name, String kind, boolean eagerMapping, EagerLoad eagerLoad, int statePosition,
				boolean bag) {
			this(name, kind, eagerMapping, eagerLoad, statePosition, bag, eagerLoad.isCollection());
		}

	}

	private final Map<Class<?>, List<Association>> associationsByEntity = new HashMap<>();

	// The same, split: observers that run per entity loaded look at one kind only.
	private final Map<Class<?>, List<Association>> collectionsByEntity = new HashMap<>();

	private final Map<Class<?>, List<Association>> toOnesByEntity = new HashMap<>();

	// Entity class name + "." + attribute (a collection role), and simple name + "." + attribute.
	private final Map<String, Association> associationsByRole = new HashMap<>();

	// Simple name → attribute → association: the latter without building the key per load.
	private final Map<String, Map<String, Association>> associationsByName = new HashMap<>();

	// Computed on first use, per collection role and per target entity: asked per lazy load.
	private final Map<String, AssociationLoad> collectionLoadsByRole = new ConcurrentHashMap<>();

	private final Map<String, AssociationLoad> toOneLoadsByTarget = new ConcurrentHashMap<>();

	HibernateModel(SessionFactoryImplementor sessionFactory) {
		Metamodel metamodel = sessionFactory.getMetamodel();
		for (EntityType<?> entity : metamodel.getEntities()) {
			String name = entity.getJavaType().getSimpleName();
			EntityPersister persister = sessionFactory.getMappingMetamodel().findEntityDescriptor(entity.getJavaType());
			List<Association> associations = new ArrayList<>();
			for (Attribute<?, ?> attribute : entity.getAttributes()) {
				String kind = null;
				if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
					kind = switch (attribute.getPersistentAttributeType()) {
						case MANY_TO_MANY -> "many-to-many";
						case ELEMENT_COLLECTION -> "element-collection";
						default -> "one-to-many";
					};
				}
				else if (attribute instanceof SingularAttribute<?, ?> singular && singular.isAssociation()) {
					kind = (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.ONE_TO_ONE)
							? "one-to-one" : "many-to-one";
					this.toOneOwnersByTarget.computeIfAbsent(singular.getJavaType().getName(), (k) -> new ArrayList<>())
						.add(new AssociationLoad(name, attribute.getName(), kind, null));
				}
				if (kind != null && persister != null) {
					AttributeMapping mapping = persister.findAttributeMapping(attribute.getName());
					boolean eager = isEager(mapping);
					Association association = new Association(attribute.getName(), kind, eager,
							new EagerLoad(name, attribute.getName(), kind, eager, entity.getJavaType().getName()),
							(mapping != null) ? mapping.getStateArrayPosition() : -1, isBag(mapping));
					associations.add(association);
					this.associationsByRole.put(entity.getJavaType().getName() + "." + attribute.getName(), association);
					this.associationsByRole.put(name + "." + attribute.getName(), association);
					this.associationsByName.computeIfAbsent(name, (k) -> new HashMap<>())
						.put(attribute.getName(), association);
				}
			}
			this.associationsByEntity.put(entity.getJavaType(), List.copyOf(associations));
			this.collectionsByEntity.put(entity.getJavaType(),
					associations.stream().filter(Association::isCollection).toList());
			this.toOnesByEntity.put(entity.getJavaType(),
					associations.stream().filter((association) -> !association.isCollection()).toList());
		}
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor((persister) -> index(persister));
	}

	private void index(EntityPersister persister) {
		if (!(persister instanceof AbstractEntityPersister entityPersister)) {
			return;
		}
		String table = entityPersister.getTableName().toLowerCase(Locale.ROOT);
		Map<String, String> attributes = new HashMap<>();
		for (String property : entityPersister.getPropertyNames()) {
			String[] columns = entityPersister.getPropertyColumnNames(property);
			if (columns != null && columns.length == 1) {
				attributes.put(columns[0].toLowerCase(Locale.ROOT), property);
			}
		}
		boolean identity = persister.getGenerator() instanceof OnExecutionGenerator;
		String simpleName = persister.getMappedClass().getSimpleName();
		this.byTable.put(table, new Entity(simpleName, identity, Map.copyOf(attributes)));
	}

	private static boolean isEager(AttributeMapping mapping) {
		return mapping != null && mapping.getMappedFetchOptions().getTiming() == FetchTiming.IMMEDIATE;
	}

	private static boolean isBag(AttributeMapping mapping) {
		return mapping instanceof PluralAttributeMapping plural && plural.getCollectionDescriptor()
			.getCollectionSemantics()
			.getCollectionClassification() == CollectionClassification.BAG;
	}

	/**
	 * An association by collection role ({@code com.acme.Customer.orders}) or by simple
	 * entity name and attribute ({@code Customer.orders}).
	 * @param role the role or name
	 * @return the association, or {@code null}
	 */
	Association association(String role) {
		return this.associationsByRole.get(role);
	}

	/**
	 * An association by simple entity name and attribute, as {@link #association(String)}
	 * with {@code Customer.orders}.
	 * @param entity the simple name
	 * @param attribute the attribute
	 * @return the association, or {@code null}
	 */
	Association association(String entity, String attribute) {
		Map<String, Association> associations = this.associationsByName.get(entity);
		return (associations != null) ? associations.get(attribute) : null;
	}

	/**
	 * The lazy load of a collection, by role ({@code com.acme.Customer.orders}): the owner's
	 * name and the attribute as the role spells them, and the collection's kind.
	 * @param role the collection role
	 * @return the load, without its owners' origin or repository method
	 */
	AssociationLoad collectionLoadOf(String role) {
		return this.collectionLoadsByRole.computeIfAbsent(role, (key) -> {
			int dot = key.lastIndexOf('.');
			String owner = key.substring(0, dot);
			return new AssociationLoad(owner.substring(owner.lastIndexOf('.') + 1), key.substring(dot + 1),
					collectionKind(key), null);
		});
	}

	/**
	 * The to-one association that loads an entity: named when exactly one association points
	 * at the entity, otherwise only the entity is known.
	 * @param target the loaded entity's class name
	 * @return the association load, without the repository method
	 */
	AssociationLoad toOneLoadOf(String target) {
		// Asked per entity loaded: a lookup first, as computeIfAbsent's lambda (it reads this
		// model) would be allocated on every call.
		AssociationLoad known = this.toOneLoadsByTarget.get(target);
		return (known != null) ? known : this.toOneLoadsByTarget.computeIfAbsent(target, this::newToOneLoad);
	}

	private AssociationLoad newToOneLoad(String target) {
		AssociationLoad owner = uniqueToOneOwner(target);
		return (owner != null) ? owner
				: new AssociationLoad(target.substring(target.lastIndexOf('.') + 1), null, "many-to-one", null);
	}

	/** The associations of an entity class, empty when it has none or is not an entity. */
	List<Association> associationsOf(Class<?> entityClass) {
		return this.associationsByEntity.getOrDefault(entityClass, List.of());
	}

	/** The collections of an entity class, empty when it has none or is not an entity. */
	List<Association> collectionsOf(Class<?> entityClass) {
		return this.collectionsByEntity.getOrDefault(entityClass, List.of());
	}

	/** The to-one associations of an entity class, empty when it has none or is not an entity. */
	List<Association> toOnesOf(Class<?> entityClass) {
		return this.toOnesByEntity.getOrDefault(entityClass, List.of());
	}

	/** The entity mapped to a table, or {@code null}. */
	Entity entityOfTable(String table) {
		return this.byTable.get(table.toLowerCase(Locale.ROOT));
	}

	/** {@code one-to-many}, {@code many-to-many} or {@code element-collection} for a collection role. */
	String collectionKind(String role) {
		Association association = this.associationsByRole.get(role);
		return (association != null) ? association.kind() : "one-to-many";
	}

	/**
	 * The to-one association that points at an entity, when exactly one does.
	 * @param entityClassName the target entity's class name
	 * @return the association (without a repository method), or {@code null} when none or
	 * several
	 */
	AssociationLoad uniqueToOneOwner(String entityClassName) {
		List<AssociationLoad> owners = this.toOneOwnersByTarget.getOrDefault(entityClassName, List.of());
		return (owners.size() == 1) ? owners.get(0) : null;
	}

}
