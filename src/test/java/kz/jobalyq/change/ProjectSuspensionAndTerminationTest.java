package kz.jobalyq.change;

import static kz.jobalyq.change.ChangeRequestProcess.DECISION_APPROVE;
import static kz.jobalyq.change.ChangeRequestProcess.OUTCOME_ACCEPT;
import static kz.jobalyq.change.ChangeRequestProcess.REPORT_AGREE;
import static kz.jobalyq.change.ChangeRequestProcess.REPORT_RETURN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectBaseline;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.project.ProjectStatus;
import kz.jobalyq.project.ScheduleTask;
import kz.jobalyq.archive.ArchiveService;
import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.support.ArchivedPdf;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Change requests against a project that is running its life cycle: an accepted change updates the
 * schedule and the baseline (§106.7–§106.8); suspension, resumption and termination (§111–§114).
 */
@IntegrationTest
class ProjectSuspensionAndTerminationTest {

  private static final Date START = date("2026-04-06T09:00:00+05:00");

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private TestChangeRequests filings;
  @Autowired
  private ChangeRequestService changeRequests;
  @Autowired
  private ProjectService projects;
  @Autowired
  private ProjectPlanningService planning;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ArchiveService archive;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(START);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void anAcceptedChangeEntersTheScheduleAndMakesTheNextBaselineVersion() {
    ProjectSummary project = projectInExecution(false);
    Map<String, Object> filing = new HashMap<>(TestChangeRequests.filing(project.number(), "CHANGE", null));
    filing.put("proposedEndDate", "2027-01-31");
    ProcessInstance request = file(filing);

    complete(task(request), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_ACCEPT));
    complete(task(request), Map.of(Vars.SCHEDULE_SHIFT_DAYS, 31L, Vars.COST_CHANGE, 0L));
    assertThat(task(request)).hasCandidateGroupAssociated("project-group-head");
    identityService.setAuthentication("pghead", List.of("project-group-head"));
    complete(task(request), Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT, "Мақұлдаймын"));
    identityService.clearAuthentication();

    assertThat(request).isEnded().hasPassed(ChangeRequestProcess.END_ACCEPTED);
    List<ProjectBaseline> history = planning.baselineHistory(project.id());
    assertThat(history).extracting(ProjectBaseline::getVersion).containsExactly(1, 2);
    assertThat(history.get(0).getPlannedEnd()).isEqualTo("2026-12-31");
    assertThat(history.get(1).getPlannedEnd()).isEqualTo("2027-01-31");
    assertThat(history.get(1).getChangeRequestNumber()).isEqualTo(request.getBusinessKey());
    assertThat(history.get(1).getApprovedBy()).isEqualTo("pghead");
    List<ScheduleTask> schedule = planning.schedule(project.id());
    ScheduleTask summary = schedule.stream().filter(task -> "CR".equals(task.getWbsCode())).findFirst().orElseThrow();
    assertThat(schedule).filteredOn(task -> summary.getId().equals(task.getParentId())).singleElement()
        .satisfies(subTask -> {
          assertThat(subTask.getWbsCode()).isEqualTo("CR.1");
          assertThat(subTask.getChangeRequestNumber()).isEqualTo(request.getBusinessKey());
          assertThat(subTask.getName()).startsWith(request.getBusinessKey() + " · ");
        });
    // The stakeholders in the team are told of the schedule correction (§104).
    assertThat(taskService.createTaskQuery().taskCandidateGroup("project-team")
        .taskName(project.number() + " · Жоба кестесі түзетілді (" + request.getBusinessKey() + ")").singleResult()
        .getDescription()).contains("2026-12-31").contains("2027-01-31");
  }

  @Test
  void theBudgetRoutedIsTheBudgetApplied() {
    ProjectSummary project = projectInExecution(false);
    assertThat(planning.currentBaseline(project.id()).orElseThrow().getBudget()).isEqualByComparingTo("150000000");
    Map<String, Object> filing = new HashMap<>(TestChangeRequests.filing(project.number(), "CHANGE", null));
    filing.put("changeSubject", "MANAGEMENT_PLAN");
    filing.put("proposedBudget", 300_000_000L);
    ProcessInstance request = file(filing);
    complete(task(request), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_ACCEPT));

    // A cost change that disagrees with the sheet (+1 % instead of +100 %) is refused, naming the field.
    Task evaluation = task(request);
    assertThatThrownBy(() -> complete(evaluation, Map.of(Vars.SCHEDULE_SHIFT_DAYS, 0L, Vars.COST_CHANGE,
        1_500_000L)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("costChange: өзгерту парағы бюджетті 300 000 000 етуді ұсынады — базалық 150 000 000 "
            + "бюджетке +150 000 000");
    complete(evaluation, Map.of(Vars.SCHEDULE_SHIFT_DAYS, 0L, Vars.COST_CHANGE, 150_000_000L));

    // +100 % goes to the baseline's approver as well (§76), and +100 % is what is applied.
    List<Task> deciders = taskService.createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_DECIDE_JOINTLY).list();
    assertThat(deciders).extracting(decider -> taskService.getVariable(decider.getId(), Vars.APPROVER_GROUP))
        .containsExactlyInAnyOrder("project-group-head", "bd-group-lead");
    List<String> approvedInTurn = new ArrayList<>();
    for (Task decider : deciders) {
      String group = (String) taskService.getVariable(decider.getId(), Vars.APPROVER_GROUP);
      String user = "project-group-head".equals(group) ? "pghead" : "bdlead";
      approvedInTurn.add(user);
      identityService.setAuthentication(user, List.of(group));
      complete(decider, Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT, "Мақұлдаймын: " + user));
      identityService.clearAuthentication();
    }
    ProjectBaseline applied = planning.currentBaseline(project.id()).orElseThrow();
    assertThat(applied.getBudget()).isEqualByComparingTo("300000000");
    ChangeRequest stored = changeRequests.findByNumber(request.getBusinessKey()).orElseThrow();
    assertThat(stored.getTargetBudget()).isEqualByComparingTo("300000000");
    assertThat(stored.getBudgetChangePercent()).isEqualByComparingTo("100");
    // The last approval's command concludes, applies and files the sheet: each sees both answers, in their order.
    assertThat(applied.getApprovedBy()).isEqualTo(String.join(",", approvedInTurn));
    assertThat(ArchivedPdf.text(archive, project.number(), request.getBusinessKey(), DocumentType.CHANGE_SHEET))
        .contains("Мақұлдаймын: pghead", "Мақұлдаймын: bdlead");
  }

  @Test
  void aSuspendedProjectHoldsItsWorkAndResumesWhereItWas() {
    ProjectSummary project = projectInExecution(false);
    ProcessInstance lifecycle = lifecycleOf(project);
    Date reportDue = task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, lifecycle).getDueDate();

    ProcessInstance suspension = file(TestChangeRequests.filing(project.number(), "SUSPEND", null));
    acceptEvaluateAndApprove(suspension);
    writeAndAgreeStopReport(suspension);

    assertThat(suspension).isEnded().hasPassed(ChangeRequestProcess.END_SUSPENDED);
    assertThat(projects.statusOf(project.id())).isEqualTo(ProjectStatus.SUSPENDED);
    // The agreed final report is placed in the project archive as a document (§114), with its agreements.
    assertThat(ArchivedPdf.text(archive, project.number(), suspension.getBusinessKey(), DocumentType.FINAL_REPORT))
        .contains("Жобаның аяқталуы туралы қорытынды есеп", "тоқтата тұру (§111, §113)",
            "Мақсатқа қол жеткізілді: мерзім 10 күн",
            "Қорытынды есеп келісілді (" + Role.BD_GROUP_LEAD.kazakhName() + ")")
        .doesNotContain("REPORT_AGREED_BY_");
    assertThat(ArchivedPdf.text(archive, project.number(), suspension.getBusinessKey(), DocumentType.CHANGE_SHEET))
        .contains(suspension.getBusinessKey(), "Жобаны тоқтата тұру").doesNotContain("SUSPEND");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult()
        .isSuspended()).isTrue();
    assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId()).active().count()).isZero();
    // A suspended project takes only its resumption or termination.
    assertThatThrownBy(() -> file(TestChangeRequests.filing(project.number(), "CHANGE", null)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("жобасы тоқтатыла тұрған: тек қайта бастау не тоқтату");

    // Ten days later the project is resumed: its deadlines move on by the pause.
    ClockUtil.setCurrentTime(date("2026-04-16T09:00:00+05:00"));
    ProcessInstance resumption = file(TestChangeRequests.filing(project.number(), "RESUME", null));
    acceptEvaluateAndApprove(resumption);

    assertThat(resumption).isEnded().hasPassed(ChangeRequestProcess.END_RESUMED);
    assertThat(projects.statusOf(project.id())).isEqualTo(ProjectStatus.PROJECT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult()
        .isSuspended()).isFalse();
    Task report = task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, lifecycle);
    assertThat(report.getDueDate()).isEqualTo(Date.from(reportDue.toInstant().plus(java.time.Duration.ofDays(10))));
  }

  @Test
  void resumingMovesTheDeadlinesWhenTheApproversMayNotSeeTheProjectsOtherTasks() {
    ProjectSummary project = projectInExecution(false);
    ProcessInstance lifecycle = lifecycleOf(project);
    Date reportDue = task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, lifecycle).getDueDate();
    Date timerDue = managementService.createJobQuery().processInstanceId(lifecycle.getId()).timers().list().stream()
        .map(job -> job.getDuedate()).min(Date::compareTo).orElseThrow();
    ProcessInstance suspension = file(TestChangeRequests.filing(project.number(), "SUSPEND", null));
    acceptEvaluateAndApprove(suspension);
    writeAndAgreeStopReport(suspension);

    ClockUtil.setCurrentTime(date("2026-04-16T09:00:00+05:00"));
    ProcessInstance resumption = file(TestChangeRequests.filing(project.number(), "RESUME", null));
    complete(task(resumption), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_ACCEPT));
    complete(task(resumption), Map.of(Vars.SCHEDULE_SHIFT_DAYS, 0L, Vars.COST_CHANGE, 0L));
    // Each approver completes their own task as themselves; the last one's completion resumes the project.
    for (Task decider : taskService.createTaskQuery().processInstanceId(resumption.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_DECIDE_JOINTLY).list()) {
      String group = (String) taskService.getVariable(decider.getId(), Vars.APPROVER_GROUP);
      identityService.setAuthentication("project-group-head".equals(group) ? "pghead" : "bdlead", List.of(group));
      try {
        taskService.complete(decider.getId(), Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT,
            "Мақұлдаймын"));
      } finally {
        identityService.clearAuthentication();
      }
    }

    assertThat(resumption).isEnded().hasPassed(ChangeRequestProcess.END_RESUMED);
    java.time.Duration pause = java.time.Duration.ofDays(10);
    assertThat(task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, lifecycle).getDueDate())
        .isEqualTo(Date.from(reportDue.toInstant().plus(pause)));
    assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId()).timers().list().stream()
        .map(job -> job.getDuedate()).min(Date::compareTo).orElseThrow())
        .isEqualTo(Date.from(timerDue.toInstant().plus(pause)));
  }

  @Test
  void aRegulatedProjectIsTerminatedByTheSteeringCommitteeWithTheOfficesAgreement() {
    ProjectSummary project = projectInExecution(true);
    ProcessInstance lifecycle = lifecycleOf(project);
    ProcessInstance termination = file(TestChangeRequests.filing(project.number(), "TERMINATE", null));
    complete(task(termination), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_ACCEPT));
    complete(task(termination), Map.of(Vars.SCHEDULE_SHIFT_DAYS, 0L, Vars.COST_CHANGE, 0L));

    Task committee = task(termination);
    assertThat(committee).hasCandidateGroupAssociated("steering-committee");
    assertThatThrownBy(() -> complete(committee, Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT,
        "Тоқтату орынды")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("officeAgreement");
    complete(committee, Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT, "Тоқтату орынды",
        Vars.OFFICE_AGREEMENT, "Офис хаты №12, 2026-04-06"));

    // The group head returns the report once; the lead fixes it; both agree.
    complete(task(ChangeRequestProcess.TASK_PREPARE_STOP_REPORT, termination), TestLifecycles.finalReport());
    List<Task> agreements = agreementTasks(termination);
    for (Task agreement : agreements) {
      boolean groupHead = "project-group-head".equals(taskService.getVariable(agreement.getId(),
          Vars.STOP_REPORT_AGREER));
      complete(agreement, groupHead
          ? Map.of(Vars.REPORT_AGREEMENT, REPORT_RETURN, Vars.REPORT_AGREEMENT_COMMENT, "Бюджет бөлімін толықтырыңыз")
          : Map.of(Vars.REPORT_AGREEMENT, REPORT_AGREE, Vars.REPORT_AGREEMENT_COMMENT, "Келісемін"));
    }
    assertThat(termination).isWaitingAt(ChangeRequestProcess.TASK_PREPARE_STOP_REPORT);
    assertThat(projects.statusOf(project.id())).isEqualTo(ProjectStatus.PROJECT);
    writeAndAgreeStopReport(termination);

    assertThat(termination).isEnded().hasPassed(ChangeRequestProcess.END_TERMINATED);
    assertThat(projects.statusOf(project.id())).isEqualTo(ProjectStatus.TERMINATED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).count()).isZero();
    assertThat(changeRequests.decisionsOf(changeRequests.findByNumber(termination.getBusinessKey()).orElseThrow()
        .getId())).anySatisfy(decision -> assertThat(decision.getOfficeAgreement()).isEqualTo("Офис хаты №12, 2026-04-06"));

    // A terminated project takes no more change requests; nothing is stored.
    assertThatThrownBy(() -> file(TestChangeRequests.filing(project.number(), "CHANGE", null)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("жобасы аяқталған: аяқталған жоба бойынша сұрау салу қабылданбайды");
    assertThat(changeRequests.findByNumber("CR-" + project.number() + "-2")).isEmpty();
  }

  private void acceptEvaluateAndApprove(ProcessInstance request) {
    complete(task(request), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_ACCEPT));
    complete(task(request), Map.of(Vars.SCHEDULE_SHIFT_DAYS, 0L, Vars.COST_CHANGE, 0L));
    List<Task> deciders = taskService.createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_DECIDE_JOINTLY).list();
    assertThat(deciders).extracting(decider -> taskService.getVariable(decider.getId(), Vars.APPROVER_GROUP))
        .containsExactlyInAnyOrder("project-group-head", "bd-group-lead");
    deciders.forEach(decider -> complete(decider, Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT,
        "Мақұлдаймын")));
  }

  private void writeAndAgreeStopReport(ProcessInstance request) {
    Task report = task(ChangeRequestProcess.TASK_PREPARE_STOP_REPORT, request);
    assertThat(report).hasCandidateGroupAssociated("project-lead");
    complete(report, TestLifecycles.finalReport());
    for (Task agreement : agreementTasks(request)) {
      complete(agreement, Map.of(Vars.REPORT_AGREEMENT, REPORT_AGREE, Vars.REPORT_AGREEMENT_COMMENT, "Келісемін"));
    }
  }

  private List<Task> agreementTasks(ProcessInstance request) {
    List<Task> agreements = taskService.createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_AGREE_STOP_REPORT).list();
    assertThat(agreements).extracting(agreement -> taskService.getVariable(agreement.getId(), Vars.STOP_REPORT_AGREER))
        .containsExactlyInAnyOrder("project-group-head", "bd-group-lead");
    return agreements;
  }

  private ProjectSummary projectInExecution(boolean regulated) {
    ProcessInstance lifecycle = lifecycles.propose(regulated);
    lifecycles.throughPlanning(lifecycle, "GROUP");
    assertThat(lifecycle).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    // Its team member files the requests: only the project's own people file on it.
    organisation.assignProjectRole(lifecycle.getBusinessKey(), "team", Role.PROJECT_TEAM);
    return organisation.findProject(lifecycle.getBusinessKey()).orElseThrow();
  }

  private ProcessInstance lifecycleOf(ProjectSummary project) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(project.number())
        .processDefinitionKey(ProjectLifecycleProcess.KEY).singleResult();
  }

  private ProcessInstance file(Map<String, Object> filing) {
    identityService.setAuthentication("team", List.of("project-team"));
    try {
      return runtimeService.startProcessInstanceByKey(ChangeRequestProcess.KEY, filing);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
