package dev.n1query.demo.enhanced;

import java.util.List;
import java.util.function.Function;

import dev.n1query.core.Finding;
import dev.n1query.core.QueryTracker;
import dev.n1query.test.N1Assertions;
import dev.n1query.test.RecordedQueries;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two to-one associations of a bytecode-enhanced entity point at the same entity
 * ({@code NoteEntity.createdByUser} and {@code NoteEntity.lastModifiedByUser} →
 * {@code AccountEntity}): N1 names the one that holds the instance being loaded.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:enhanced-two-to-ones;DB_CLOSE_DELAY=-1")
class TwoAssociationsToOneEntityIntegrationTests {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	QueryTracker tracker;

	@BeforeEach
	void seed() {
		this.transactions.executeWithoutResult((status) -> {
			if (this.entityManager.find(NoteEntity.class, 1L) != null) {
				return;
			}
			for (long n = 1; n <= 4; n++) {
				AccountEntity author = new AccountEntity(n, "Author " + n);
				AccountEntity editor = new AccountEntity(100 + n, "Editor " + n);
				this.entityManager.persist(author);
				this.entityManager.persist(editor);
				this.entityManager.persist(new NoteEntity(n, author, editor));
			}
		});
	}

	private RecordedQueries readEach(Function<NoteEntity, AccountEntity> association) {
		return this.transactions.execute((status) -> N1Assertions.assertQueries(this.tracker,
				() -> this.entityManager.createQuery("select n from NoteEntity n order by n.id", NoteEntity.class)
					.getResultList()
					.forEach((note) -> association.apply(note).getName()))
			.hasNPlusOne()
			.queries());
	}

	@Test
	void entitiesAreEnhanced() {
		assertThat(PersistentAttributeInterceptable.class).isAssignableFrom(NoteEntity.class);
	}

	@Test
	void theAssociationHoldingTheLoadedInstanceIsNamed() {
		RecordedQueries report = readEach(NoteEntity::getLastModifiedByUser);
		assertThat(report.duplicates()).isEmpty();
		List<Finding> found = report.nPlusOne();
		assertThat(found).singleElement().satisfies((finding) -> {
			assertThat(finding.count()).isEqualTo(4);
			assertThat(finding.entity() + "." + finding.association()).isEqualTo("NoteEntity.lastModifiedByUser");
			assertThat(finding.associationKind()).isEqualTo("many-to-one");
			assertThat(finding.suggestion()).contains("join fetch n.lastModifiedByUser");
		});
	}

	@Test
	void theOtherAssociationToTheSameEntityIsNamedToo() {
		assertThat(readEach(NoteEntity::getCreatedByUser).nPlusOne()).singleElement()
			.satisfies((finding) -> assertThat(finding.entity() + "." + finding.association())
				.isEqualTo("NoteEntity.createdByUser"));
	}

}
