package dev.n1query.demo.enhanced;

import java.util.List;

import dev.n1query.core.Finding;
import dev.n1query.core.QueryTracker;
import dev.n1query.test.N1Assertions;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With bytecode-enhanced entities (lazy loading through Hibernate's interceptors instead
 * of proxies), N1 still names the entity and the association.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:enhanced;DB_CLOSE_DELAY=-1")
class EnhancedEntitiesIntegrationTests {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	QueryTracker tracker;

	@BeforeEach
	void seed() {
		this.transactions.executeWithoutResult((status) -> {
			if (this.entityManager.find(ShelfEntity.class, 1L) != null) {
				return;
			}
			for (long s = 1; s <= 5; s++) {
				ShelfEntity shelf = new ShelfEntity(s, "Shelf " + s);
				this.entityManager.persist(shelf);
				this.entityManager.persist(new VolumeEntity(s * 10, shelf));
			}
		});
	}

	@Test
	void entitiesAreEnhanced() {
		assertThat(PersistentAttributeInterceptable.class).isAssignableFrom(ShelfEntity.class);
	}

	@Test
	void lazyCollectionOfEnhancedEntitiesIsAttributed() {
		List<Finding> found = this.transactions.execute((status) -> N1Assertions.assertQueries(this.tracker,
				() -> this.entityManager.createQuery("select s from ShelfEntity s order by s.id", ShelfEntity.class)
					.getResultList()
					.forEach((shelf) -> shelf.getVolumes().size()))
			.hasNPlusOne()
			.queries()
			.nPlusOne());
		assertThat(found).singleElement()
			.satisfies((finding) -> assertThat(finding.entity() + "." + finding.association())
				.isEqualTo("ShelfEntity.volumes"));
	}

	/**
	 * Enhanced lazy to-one associations are loaded by Hibernate's interceptor without a load
	 * event: N1 attributes them after the load, from the interceptor on the stack.
	 */
	@Test
	void lazyToOneOfEnhancedEntitiesIsAttributed() {
		List<Finding> found = this.transactions.execute((status) -> N1Assertions.assertQueries(this.tracker,
				() -> this.entityManager.createQuery("select v from VolumeEntity v order by v.id", VolumeEntity.class)
					.getResultList()
					.forEach((volume) -> volume.getShelf().getLabel()))
			.hasNPlusOne()
			.queries()
			.nPlusOne());
		assertThat(found).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(5);
			assertThat(finding.fingerprint()).contains("from enhanced_shelf");
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("VolumeEntity.shelf");
			assertThat(finding.associationKind()).isEqualTo("many-to-one");
			assertThat(finding.suggestion()).contains("join fetch v.shelf");
		});
	}

	/** A lookup by id in a loop is not mistaken for an association: no enhanced proxy loads it. */
	@Test
	void findByIdInALoopOfEnhancedEntitiesIsNotAnAssociation() {
		List<Finding> found = this.transactions.execute((status) -> N1Assertions.assertQueries(this.tracker, () -> {
			for (long id = 1; id <= 5; id++) {
				this.entityManager.find(ShelfEntity.class, id).getLabel();
			}
		}).hasNPlusOne().queries().nPlusOne());
		assertThat(found).singleElement().satisfies((finding) -> {
			assertThat(finding.entity()).isEqualTo("ShelfEntity");
			assertThat(finding.association()).isNull();
		});
	}

}
