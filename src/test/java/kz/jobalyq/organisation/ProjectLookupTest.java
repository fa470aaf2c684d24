package kz.jobalyq.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.TestProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project read once per transaction (the delegate, its paper and the next task's routing ask for it in one engine
 * command) is the transaction's own: a change made to it in that transaction is what the next reader sees, a rolled
 * back change is not seen by the next transaction, and a transaction of its own inside another gets its own entity.
 */
@IntegrationTest
class ProjectLookupTest {

  private static final String RENAMED = "Осы транзакцияда қайта аталған жоба";

  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ProjectLookup lookup;
  @Autowired
  private TestProjects projects;
  @Autowired
  private EntityManager entityManager;
  @Autowired
  private PlatformTransactionManager transactionManager;

  @Test
  void aChangeMadeInTheTransactionIsSeenByItsNextReaderAndForgottenWithIt() {
    ProjectSummary project = projects.ordinary();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    transaction.executeWithoutResult(status -> {
      assertThat(organisation.findProject(project.number()).orElseThrow().name()).isEqualTo(project.name());
      organisation.updateProjectFromCharter(project.id(), RENAMED, project.budget());
      assertThat(organisation.findProject(project.number()).orElseThrow().name()).isEqualTo(RENAMED);
      assertThat(organisation.findProjectById(project.id()).orElseThrow().name()).isEqualTo(RENAMED);
      status.setRollbackOnly();
    });

    String nameAfterRollback = transaction.execute(status ->
        organisation.findProjectById(project.id()).orElseThrow().name());
    assertThat(nameAfterRollback).isEqualTo(project.name());
  }

  @Test
  void aTransactionOfItsOwnInsideAnotherIsHandedItsOwnEntity() {
    ProjectSummary project = projects.ordinary();
    TransactionTemplate outer = new TransactionTemplate(transactionManager);
    TransactionTemplate inner = new TransactionTemplate(transactionManager);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    outer.executeWithoutResult(status -> {
      Project outerProject = lookup.byNumber(project.number()).orElseThrow();
      assertThat(entityManager.contains(outerProject)).isTrue();
      Boolean managedInInner = inner.execute(innerStatus ->
          entityManager.contains(lookup.byNumber(project.number()).orElseThrow()));
      assertThat(managedInInner).as("the inner transaction's entity is managed by the inner transaction").isTrue();
      assertThat(lookup.byId(project.id()).orElseThrow()).as("the outer transaction again gets its own")
          .isSameAs(outerProject);
    });
  }

  @Test
  void aProjectThatIsNotThereIsLookedForAgain() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(status -> {
      assertThat(organisation.findProject("PRJ-1999-0999")).isEmpty();
      assertThat(organisation.findProjectById(-1L)).isEmpty();
    });
  }
}
