package kz.jobalyq.organisation.routing;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.organisation.RoleAssignments;
import kz.jobalyq.organisation.RoleAssignments.Appointment;
import kz.jobalyq.organisation.RoleAssignments.AssignmentView;
import kz.jobalyq.organisation.RoleAssignments.UnitKind;
import kz.jobalyq.support.TaskPeople;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.process.TaskMarks;
import kz.jobalyq.system.security.IdentitySetup;
import kz.jobalyq.system.security.Role;
import java.util.concurrent.atomic.AtomicReference;
import kz.jobalyq.support.EngineStatementLog;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

/**
 * A task reaches the people who hold its role for its record (the organisation's role assignments), not
 * everyone in the ministry with that role; the project office watches and steps in only by a recorded
 * reassignment.
 */
@IntegrationTest
class TaskRoutingTest {

  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private FilterService filterService;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests changeRequests;
  @Autowired
  private RoleAssignments roleAssignments;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private AuthorizationService authorizationService;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theReviewReachesTheProjectsOwnLeadAndNoOtherLead() {
    Task review = reviewOf(changeRequests.file());

    assertThat(candidateUsers(review)).containsExactly("lead");
    assertThat(candidateGroups(review)).containsExactly(Role.PROJECT_LEAD.groupId());
    assertThat(visibleTo("lead", review)).isTrue();
    assertThat(visibleTo("lead2", review)).as("a project lead of another project").isFalse();
    assertThatThrownBy(() -> as("lead2", () -> taskService.claim(review.getId(), "lead2")))
        .isInstanceOf(AuthorizationException.class);
    as("lead", () -> taskService.claim(review.getId(), "lead"));
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("lead");
  }

  /**
   * The review's sole holder is its candidate user and its assignee: one grant, written without asking the
   * database for grants the task, created in that same command, cannot have yet.
   */
  @Test
  void aNewTasksHolderGetsOneGrantWithoutALookUp() {
    AtomicReference<ProcessInstance> filed = new AtomicReference<>();

    List<String> statements = EngineStatementLog.of(engine, () -> filed.set(changeRequests.file()));

    Task review = reviewOf(filed.get());
    assertThat(review.getAssignee()).isEqualTo("lead");
    List<Authorization> grants = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(review.getId()).userIdIn("lead").list();
    assertThat(grants).hasSize(1);
    assertThat(grants.get(0).isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(statements).doesNotContain("selectAuthorizationByParameters");
  }

  @Test
  void anotherBaseDirectionsProjectGoesToItsOwnPeople() {
    ProjectSummary elsewhere = projects.elsewhere();
    Task review = reviewOf(changeRequests.file(elsewhere, "team2"));

    assertThat(candidateUsers(review)).containsExactly("lead2");
    assertThat(visibleTo("lead2", review)).isTrue();
    assertThat(visibleTo("lead", review)).isFalse();
    ResponseEntity<String> claim = rest.withBasicAuth("lead", "demo")
        .postForEntity("/engine-rest/task/" + review.getId() + "/claim", json("{\"userId\":\"lead\"}"), String.class);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> variables = rest.withBasicAuth("lead", "demo")
        .getForEntity("/engine-rest/task/" + review.getId() + "/variables", String.class);
    assertThat(variables.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void anAppointmentReachesOpenTasksAndAWithdrawalTakesThemAway() {
    ProjectSummary project = projects.ordinary();
    Task review = reviewOf(changeRequests.file(project, "team"));

    AssignmentView second = roleAssignments.appoint(new Appointment("lead2", Role.PROJECT_LEAD.groupId(),
        UnitKind.PROJECT, project.number(), "Жетекшінің орынбасары"));
    assertThat(candidateUsers(review)).containsExactly("lead", "lead2");
    assertThat(visibleTo("lead2", review)).isTrue();

    roleAssignments.withdraw(second.id());
    assertThat(candidateUsers(review)).containsExactly("lead");
    assertThat(visibleTo("lead2", review)).as("the withdrawn holder's grant is gone").isFalse();
  }

  @Test
  void theProjectOfficeWatchesButCannotDecideInTheLeadsPlace() {
    Task review = reviewOf(changeRequests.file());

    assertThat(visibleTo("pomanager", review)).as("the office reads every task").isTrue();
    assertThatThrownBy(() -> as("pomanager", () -> taskService.claim(review.getId(), "pomanager")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as("pomanager", () -> taskService.complete(review.getId(),
        Map.of(ChangeRequestProcess.Vars.REVIEW_OUTCOME, ChangeRequestProcess.OUTCOME_ACCEPT))))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aTaskNobodyHoldsTheRoleForIsMarkedAndTheOfficeReassignsItWithAReason() {
    ProjectSummary leaderless = projects.withoutPeople();
    roleAssignments.appoint(new Appointment("team", Role.PROJECT_TEAM.groupId(), UnitKind.PROJECT,
        leaderless.number(), null));
    Task review = reviewOf(changeRequests.file(leaderless, "team"));

    assertThat(candidateUsers(review)).isEmpty();
    assertThat(taskService.getVariableLocal(review.getId(), TaskMarks.ROUTING_GAP))
        .isEqualTo(Role.PROJECT_LEAD.groupId());
    List<Task> officesGaps = as("pomanager", () -> filterService.list(filterId(IdentitySetup.FILTER_UNROUTED)));
    assertThat(officesGaps).extracting(Task::getId).contains(review.getId());

    ResponseEntity<String> withoutReason = rest.withBasicAuth("pomanager", "demo").postForEntity(
        "/api/tasks/" + review.getId() + "/reassignment", json("{\"userId\":\"lead2\"}"), String.class);
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutReason.getBody()).contains("reason");
    ResponseEntity<String> notTheRole = rest.withBasicAuth("pomanager", "demo").postForEntity(
        "/api/tasks/" + review.getId() + "/reassignment",
        json("{\"userId\":\"customer\",\"reason\":\"Жетекші тағайындалмаған\"}"), String.class);
    assertThat(notTheRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notTheRole.getBody()).contains("customer бұл тапсырманың рөлін атқармайды (Жоба жетекшісі)");
    HttpHeaders inRussian = new HttpHeaders();
    inRussian.setContentType(MediaType.APPLICATION_JSON);
    inRussian.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=ru");
    ResponseEntity<String> notTheRoleInRussian = rest.withBasicAuth("pomanager", "demo").postForEntity(
        "/api/tasks/" + review.getId() + "/reassignment",
        new HttpEntity<>("{\"userId\":\"customer\",\"reason\":\"Жетекші тағайындалмаған\"}", inRussian), String.class);
    assertThat(notTheRoleInRussian.getBody()).contains("customer не исполняет роль этой задачи (Руководитель проекта)");
    ResponseEntity<String> byALead = rest.withBasicAuth("lead", "demo").postForEntity(
        "/api/tasks/" + review.getId() + "/reassignment",
        json("{\"userId\":\"lead\",\"reason\":\"Өзім аламын\"}"), String.class);
    assertThat(byALead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> reassigned = rest.withBasicAuth("pomanager", "demo").postForEntity(
        "/api/tasks/" + review.getId() + "/reassignment",
        json("{\"userId\":\"lead2\",\"reason\":\"Жетекші тағайындалғанша қарайды\"}"), String.class);
    assertThat(reassigned.getStatusCode()).as(reassigned.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(reassigned.getBody()).contains("\"reassignedBy\":\"pomanager\"", "\"toUser\":\"lead2\"");
    Task now = taskService.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(now.getAssignee()).isEqualTo("lead2");
    assertThat(taskService.getVariableLocal(review.getId(), TaskMarks.ROUTING_GAP)).isNull();
    assertThat(taskService.getTaskComments(review.getId())).extracting(comment -> comment.getFullMessage())
        .anyMatch(text -> text.contains("pomanager") && text.contains("Жетекші тағайындалғанша қарайды"));
    as("lead2", () -> taskService.complete(review.getId(),
        Map.of(ChangeRequestProcess.Vars.REVIEW_OUTCOME, ChangeRequestProcess.OUTCOME_ACCEPT)));
  }

  @Test
  void theFirstScreenShowsTheUsersOwnWorkOnly() {
    Task mine = reviewOf(changeRequests.file());
    Task notMine = reviewOf(changeRequests.file(projects.elsewhere(), "team2"));

    List<Task> leadsWork = as("lead", () -> filterService.list(filterId(IdentitySetup.FILTER_MY_WORK)));
    assertThat(leadsWork).extracting(Task::getId).contains(mine.getId()).doesNotContain(notMine.getId());
    List<Task> othersWork = as("lead2", () -> filterService.list(filterId(IdentitySetup.FILTER_MY_WORK)));
    assertThat(othersWork).extracting(Task::getId).contains(notMine.getId()).doesNotContain(mine.getId());
  }

  private Task reviewOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_REVIEW).singleResult();
  }

  private List<String> candidateUsers(Task task) {
    return TaskPeople.candidateUsers(taskService, task.getId());
  }

  private List<String> candidateGroups(Task task) {
    return TaskPeople.candidateGroups(taskService, task.getId());
  }

  private boolean visibleTo(String user, Task task) {
    return as(user, () -> taskService.createTaskQuery().taskId(task.getId()).count()) == 1;
  }

  private String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList());
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void as(String user, Runnable action) {
    as(user, () -> {
      action.run();
      return null;
    });
  }
}
