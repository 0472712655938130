package dev.n1query.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.n1query.core.FetchPlan;
import dev.n1query.core.Finding;
import dev.n1query.core.FindingEnricher;
import dev.n1query.core.FindingKind;
import dev.n1query.core.N1Failures;
import dev.n1query.core.RootQuery;
import dev.n1query.core.StatementType;

/**
 * Writes the fix for an N+1 the way a Spring Data JPA developer applies it, so that it works
 * when applied as written: the entity graph or fetch join, on the repository method (or
 * query) that loaded the roots, for every association the scope loaded lazily from them;
 * batch fetching for a paged query or for several bags; {@code saveAll} with
 * JDBC batching for writes per row, an {@code …In} query and a map for lookups by a
 * non-key column, a grouped query for per-row counts. Runs when the report is analysed,
 * never on the statement path.
 */
public final class JpaFindingEnricher implements FindingEnricher {

	private static final Pattern SINGLE_LOOKUP = Pattern
		.compile("^select .+? from (\\w+) (\\w+) where \\2\\.(\\w+) = \\?( order by .*)?$");

	private static final Pattern COUNT = Pattern
		.compile("^select count \\(.*?\\) from (\\w+) (\\w+) where \\2\\.(\\w+) = \\?$");

	private static final Pattern WRITE_TABLE = Pattern.compile("^(?:insert into|update|delete from) (\\w+)");

	private final N1HibernateIntegrator integrator;

	/**
	 * Creates the enricher.
	 * @param integrator where the Hibernate model comes from
	 */
	public JpaFindingEnricher(N1HibernateIntegrator integrator) {
		this.integrator = integrator;
	}

	@Override
	public Finding enrich(Finding finding) {
		if (finding.kind() != FindingKind.N_PLUS_ONE) {
			return finding;
		}
		try {
			if (finding.entity() != null) {
				return associationFix(finding, this.integrator.models());
			}
			// Several persistence units: the first whose tables the statement names.
			for (HibernateModel model : this.integrator.models()) {
				Finding fixed = (finding.type() == StatementType.SELECT) ? selectFix(finding, model)
						: writeFix(finding, model);
				if (fixed != finding) {
					return fixed;
				}
			}
			return finding;
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("writing a JPA fix", ex);
			return finding;
		}
	}

	private static Finding associationFix(Finding finding, List<HibernateModel> models) {
		String entity = finding.entity();
		String association = finding.association();
		String alias = alias(entity);
		if (association == null) {
			return finding.withAttribution(entity, null, "fetch the " + entity + " rows with the query that loads "
					+ "the rows referring to them (a JOIN FETCH or @EntityGraph), or add @BatchSize(size = 50) on "
					+ entity);
		}
		if (finding.fetchPlan() != null) {
			return finding.withAttribution(entity, association, planFix(finding, finding.fetchPlan(), models));
		}
		// The owners' query is unknown: never name a repository method that may not exist.
		String loader = (finding.loadedBy() != null) ? finding.loadedBy() + ", which loads the " + entity + " list"
				: "the query that loads the " + entity + " rows";
		String suggestion;
		if (isCollection(finding.associationKind())) {
			suggestion = "add @EntityGraph(attributePaths = \"" + association + "\") to " + loader
					+ ", or \"left join fetch " + alias + "." + association
					+ "\" to its JPQL query; lower effort: @BatchSize(size = 50) on " + entity + "." + association
					+ ", or spring.jpa.properties.hibernate.default_batch_fetch_size=50";
		}
		else {
			suggestion = "add \"join fetch " + alias + "." + association + "\" to the JPQL query of " + loader
					+ ", or @EntityGraph(attributePaths = \"" + association
					+ "\") on it; lower effort: spring.jpa.properties.hibernate.default_batch_fetch_size=50";
		}
		return finding.withAttribution(entity, association, suggestion);
	}

	/**
	 * The fix when the owners trace back to one root query: fetch with it every association the
	 * scope loaded lazily from its rows (an entity graph that leaves one out moves the
	 * LazyInitializationException or the N+1 one level down); batch them when the root query is
	 * paged (a collection fetch join makes Hibernate paginate in memory) or when two bags would
	 * have to be fetched together (MultipleBagFetchException).
	 */
	private static String planFix(Finding finding, FetchPlan plan, List<HibernateModel> models) {
		RootQuery root = plan.root();
		String rootEntity = root.entity();
		String rootQuery = (finding.loadedBy() != null) ? finding.loadedBy()
				: "the query at " + root.callSite();
		String graph = (plan.attributePaths().size() == 1) ? "\"" + plan.attributePaths().get(0) + "\""
				: plan.attributePaths().stream().map((path) -> "\"" + path + "\"").collect(Collectors.joining(", ", "{", "}"));
		List<String> collections = new ArrayList<>();
		List<String> bags = new ArrayList<>();
		for (int i = 0; i < plan.attributePaths().size(); i++) {
			if (plan.collectionPaths().contains(plan.attributePaths().get(i))) {
				String name = plan.associations().get(i);
				collections.add(name);
				HibernateModel.Association mapped = association(models, name);
				if (mapped != null && mapped.bag()) {
					bags.add(name);
				}
			}
		}
		String batches = collections.stream().map((name) -> "@BatchSize(size = 50) on " + name)
			.collect(Collectors.joining(", ", "", collections.isEmpty() ? "" : ", or "))
				+ "spring.jpa.properties.hibernate.default_batch_fetch_size=50";
		if (root.paged() && !collections.isEmpty()) {
			return rootQuery + " loads a paged " + rootEntity + " list (LIMIT/OFFSET): a collection fetch join or "
					+ "entity graph would make Hibernate paginate in memory and run more statements, so load "
					+ String.join(", ", collections) + " in batches: " + batches + "; or in two steps: a page of ids "
					+ "(a query selecting " + alias(rootEntity) + ".id with the Pageable), then one query for those ids "
					+ "with @EntityGraph(attributePaths = " + graph + ")";
		}
		if (bags.size() > 1) {
			return "load them in batches: " + batches + "; " + String.join(" and ", bags) + " are Lists (bags), "
					+ "which Hibernate cannot fetch together in one query (MultipleBagFetchException): to fetch them "
					+ "with " + rootQuery + ", map all but one of them as a Set and add @EntityGraph(attributePaths = "
					+ graph + ")";
		}
		boolean repository = finding.loadedBy() != null;
		String where = rootQuery + ", which loads the " + rootEntity + " list";
		if (plan.attributePaths().size() == 1 && collections.isEmpty()) {
			String path = plan.attributePaths().get(0);
			return "add \"join fetch " + alias(rootEntity) + "." + path + "\" to the JPQL query of " + where
					+ ", or @EntityGraph(attributePaths = \"" + path
					+ "\") on it; lower effort: spring.jpa.properties.hibernate.default_batch_fetch_size=50";
		}
		if (plan.attributePaths().size() == 1) {
			String path = plan.attributePaths().get(0);
			return "add @EntityGraph(attributePaths = \"" + path + "\") to " + where + ", or \"left join fetch "
					+ alias(rootEntity) + "." + path + "\" to its JPQL query; lower effort: " + batches;
		}
		String every = "every association this scope loaded lazily from those rows ("
				+ String.join(", ", plan.associations()) + ")";
		if (!repository) {
			// A query of the application's own: an entity graph is given to it as a hint.
			return "fetch " + every + " with " + where + ": give it the entity graph " + graph
					+ " as its jakarta.persistence.fetchgraph hint, or move it to a repository method with "
					+ "@EntityGraph(attributePaths = " + graph + "); lower effort: " + batches;
		}
		return "add @EntityGraph(attributePaths = " + graph + ") to " + where + ": it fetches " + every
				+ "; lower effort: " + batches;
	}

	private static boolean isCollection(String kind) {
		return kind != null && (kind.endsWith("-to-many") || kind.equals("element-collection"));
	}

	// Several persistence units: the association is in the model of the unit that maps it.
	private static HibernateModel.Association association(List<HibernateModel> models, String role) {
		for (HibernateModel model : models) {
			HibernateModel.Association association = model.association(role);
			if (association != null) {
				return association;
			}
		}
		return null;
	}

	private static Finding selectFix(Finding finding, HibernateModel model) {
		Matcher count = COUNT.matcher(finding.fingerprint());
		if (count.matches()) {
			HibernateModel.Entity entity = model.entityOfTable(count.group(1));
			if (entity != null) {
				String attribute = attribute(entity, count.group(3));
				String alias = alias(entity.name());
				return finding.withAttribution(entity.name(), null, "replace the COUNT per row with one grouped query, "
						+ "\"select " + alias + "." + attribute + ".id, count(" + alias + ") from " + entity.name() + " "
						+ alias + " group by " + alias + "." + attribute + ".id\", and look the counts up in a Map");
			}
		}
		Matcher lookup = SINGLE_LOOKUP.matcher(finding.fingerprint());
		if (lookup.matches()) {
			HibernateModel.Entity entity = model.entityOfTable(lookup.group(1));
			if (entity != null) {
				String attribute = attribute(entity, lookup.group(3));
				String capitalized = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
				return finding.withAttribution(entity.name(), null,
						"load them at once with findAllBy" + capitalized + "In(values) on the " + entity.name()
								+ " repository, then look each one up in a Map keyed by " + attribute);
			}
		}
		return finding;
	}

	private static Finding writeFix(Finding finding, HibernateModel model) {
		Matcher write = WRITE_TABLE.matcher(finding.fingerprint());
		if (!write.find()) {
			return finding;
		}
		HibernateModel.Entity entity = model.entityOfTable(write.group(1));
		if (entity == null) {
			return finding;
		}
		String verb = finding.type().tagValue();
		String suggestion = "write the " + entity.name() + " rows with saveAll(…) in one transaction, with "
				+ "spring.jpa.properties.hibernate.jdbc.batch_size=50 and spring.jpa.properties.hibernate.order_"
				+ (verb.equals("insert") ? "inserts" : "updates") + "=true, so they go as JDBC batches";
		if (entity.identityIds() && finding.type() == StatementType.INSERT) {
			suggestion += "; " + entity.name() + " uses IDENTITY ids, which disable insert batching: use a sequence "
					+ "or assigned ids";
		}
		return finding.withAttribution(entity.name(), null, suggestion);
	}

	private static String attribute(HibernateModel.Entity entity, String column) {
		String attribute = entity.attributesByColumn().get(column.toLowerCase(Locale.ROOT));
		if (attribute != null) {
			return attribute;
		}
		String base = column.endsWith("_id") ? column.substring(0, column.length() - 3) : column;
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : base.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	private static String alias(String entity) {
		return String.valueOf(Character.toLowerCase(entity.charAt(0)));
	}

}
