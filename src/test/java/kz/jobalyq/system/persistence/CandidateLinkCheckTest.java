package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;

/**
 * Which task queries our statement asks the candidate criteria of (the query's own part, and an "or" part of nothing
 * but an assignee and candidates; the engine's SQL then reads copies without them), and when the engine's DISTINCT
 * can go (each task one row). That the answers are the
 * engine's own, on PostgreSQL: {@code EngineStatementsTest}.
 */
class CandidateLinkCheckTest {

  private static final AuthorizationCheck NO_ENGINE_CHECK = new AuthorizationCheck();
  private static final String LEAD = Role.PROJECT_LEAD.groupId();
  private static final String PLANNERS = Role.PLANNING_UNIT.groupId();

  @Test
  void myGroupsTasksAreAskedByOursAndTheEngineReadsEveryOtherCriterion() {
    TaskQueryImpl query = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroupIn(List.of(LEAD, PLANNERS))
        .includeAssignedTasks().processDefinitionKey("a-process").taskNameLike("%review%");

    CandidateLinkCheck check = CandidateLinkCheck.of(query, NO_ENGINE_CHECK);

    assertThat(check.getParts()).singleElement().satisfies(part -> {
      assertThat(part.getGroups()).containsExactly(LEAD, PLANNERS);
      assertThat(part.isIncludeAssigned()).isTrue();
      assertThat(part.isWhole()).isFalse();
    });
    assertThat(check.isRowsUnique()).as("no identity-link join left: DISTINCT goes").isTrue();
    TaskQueryImpl engines = check.queries().get(0);
    assertThat(engines).isNotSameAs(query);
    assertThat(engines.getCandidateGroups()).isNull();
    assertThat(engines.getCandidateUser()).isNull();
    assertThat(engines.getProcessDefinitionKey()).isEqualTo("a-process");
    assertThat(engines.getNameLike()).isEqualTo("%review%");
    assertThat(engines.isIncludeAssignedTasks()).isTrue();
    assertThat(query.getCandidateGroups()).as("the query itself is untouched").hasSize(2);
  }

  @Test
  void unassignedTasksOfAGroupPatternOrWithAnyCandidateGroupAreAskedByOurs() {
    CandidateLinkCheck like = CandidateLinkCheck.of(
        (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroupLike("project-%"), NO_ENGINE_CHECK);
    CandidateLinkCheck anyGroup = CandidateLinkCheck.of(
        (TaskQueryImpl) new TaskQueryImpl().withCandidateGroups(), NO_ENGINE_CHECK);

    assertThat(like.getParts()).singleElement().satisfies(part -> {
      assertThat(part.getGroupLike()).isEqualTo("project-%");
      assertThat(part.isIncludeAssigned()).isFalse();
      assertThat(part.isNamed()).isTrue();
    });
    assertThat(anyGroup.getParts()).singleElement().satisfies(part -> {
      assertThat(part.isNamed()).isFalse();
      assertThat(part.isWithGroups()).isTrue();
    });
    assertThat(anyGroup.queries().get(0).isWithCandidateGroups()).isFalse();
  }

  @Test
  void myWorkIsAskedByOursWholeAndTheEngineReadsItsOrPartEmpty() {
    TaskQueryImpl myWork = (TaskQueryImpl) new TaskQueryImpl().or().taskAssignee("planner")
        .taskCandidateGroup(PLANNERS).endOr().orderByDueDate().asc();

    CandidateLinkCheck check = CandidateLinkCheck.of(myWork, NO_ENGINE_CHECK);

    assertThat(check.getParts()).singleElement().satisfies(part -> {
      assertThat(part.isWhole()).isTrue();
      assertThat(part.getAssignee()).isEqualTo("planner");
      assertThat(part.getGroups()).containsExactly(PLANNERS);
    });
    assertThat(check.queries()).hasSize(2);
    assertThat(check.queries().get(0)).isSameAs(myWork);
    TaskQueryImpl orPart = check.queries().get(1);
    assertThat(orPart.getAssignee()).isNull();
    assertThat(orPart.getCandidateGroups()).isNull();
    assertThat(orPart.isOrQueryActive()).isTrue();
    assertThat(check.isRowsUnique()).isTrue();
  }

  @Test
  void anOrPartWithAnyOtherCriterionTwoPartsWithCandidatesOrAnInvolvedUserStayTheEngines() {
    TaskQueryImpl namedToo = (TaskQueryImpl) new TaskQueryImpl().or().taskAssignee("planner")
        .taskCandidateGroup(PLANNERS).taskName("Review").endOr();
    TaskQueryImpl involved = (TaskQueryImpl) new TaskQueryImpl().taskInvolvedUser("lead")
        .taskCandidateGroup(LEAD);

    CandidateLinkCheck or = CandidateLinkCheck.of(namedToo, NO_ENGINE_CHECK);
    CandidateLinkCheck withInvolved = CandidateLinkCheck.of(involved, NO_ENGINE_CHECK);

    assertThat(or.getParts()).isEmpty();
    assertThat(or.queries()).isSameAs(namedToo.getQueries());
    assertThat(or.isRowsUnique()).as("the engine joins the identity links").isFalse();
    TaskQueryImpl twoParts = (TaskQueryImpl) new TaskQueryImpl().withCandidateUsers().or()
        .taskCandidateGroup(PLANNERS).taskAssignee("planner").endOr();
    assertThat(CandidateLinkCheck.of(twoParts, NO_ENGINE_CHECK).getParts())
        .as("the engine tests both parts on one identity link").isEmpty();
    assertThat(withInvolved.getParts()).isEmpty();
    assertThat(withInvolved.queries()).containsExactly(involved);
    assertThat(withInvolved.isRowsUnique()).isFalse();
  }

  @Test
  void distinctStaysWhereTheEngineJoinsItsAuthorisationRowsOrAVariableToOrderBy() {
    // A check the engine asks itself (TaskReadCheck leaves it to the engine, as for a reader with revokes).
    CompositePermissionCheck readTask = new CompositePermissionCheck(true);
    PermissionCheck read = new PermissionCheck();
    read.setResource(Resources.TASK);
    read.setResourceIdQueryParam("RES.ID_");
    read.setPermission(Permissions.READ);
    readTask.addAtomicCheck(read);
    AuthorizationCheck enginesJoin = new AuthorizationCheck("planner", List.of(PLANNERS), readTask, false);
    enginesJoin.setAuthorizationCheckEnabled(true);
    TaskQueryImpl byVariable = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroup(PLANNERS)
        .orderByProcessVariable("someVariable", ValueType.STRING).asc();

    assertThat(CandidateLinkCheck.of((TaskQueryImpl) new TaskQueryImpl().taskAssignee("lead"), NO_ENGINE_CHECK)
        .isRowsUnique()).as("my tasks: one row per task").isTrue();
    assertThat(CandidateLinkCheck.of((TaskQueryImpl) new TaskQueryImpl().taskAssignee("lead"), enginesJoin)
        .isRowsUnique()).isFalse();
    assertThat(CandidateLinkCheck.of(byVariable, NO_ENGINE_CHECK).getParts()).hasSize(1);
    assertThat(CandidateLinkCheck.of(byVariable, NO_ENGINE_CHECK).isRowsUnique()).isFalse();
  }
}
