package kz.jobalyq.change;

import static kz.jobalyq.change.ChangeRequestProcess.DECISION_APPROVE;
import static kz.jobalyq.change.ChangeRequestProcess.DECISION_REFUSE;
import static kz.jobalyq.change.ChangeRequestProcess.OUTCOME_ACCEPT;
import static kz.jobalyq.change.ChangeRequestProcess.OUTCOME_REFUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess.Filing;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.archive.ArchiveDocument;
import kz.jobalyq.archive.ArchiveService;
import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.notification.PreferenceService;
import kz.jobalyq.support.ArchivedPdf;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionRecord;
import org.camunda.bpm.engine.IdentityService;
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

/** The paths of change-request.bpmn for a change proper (seed 000 §104–§110) on the real engine and tables. */
@IntegrationTest
class ChangeRequestProcessTest {

  /** Thursday 19 March 2026, 10:00 in Astana: the spec's example filing date, before Nauryz. */
  private static final Date FILED = date("2026-03-19T10:00:00+05:00");

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private ChangeRequestService changeRequests;
  @Autowired
  private DecisionLog decisionLog;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests filings;
  @Autowired
  private ArchiveService archive;
  @Autowired
  private PreferenceService preferences;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(FILED);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aFiledRequestIsArchivedAndWaitsForTheProjectLeadForFiveWorkingDays() {
    ProjectSummary project = projects.ordinary();

    ProcessInstance instance = filings.file(project, "CHANGE", null);

    assertThat(instance.getBusinessKey()).isEqualTo("CR-" + project.number() + "-1");
    assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_REVIEW);
    assertThat(task(instance)).hasCandidateGroupAssociated("project-lead")
        .hasName(instance.getBusinessKey() + " · Өзгеріске сұрау салуды қарау — " + project.name());
    // Nauryz (21–23 March) and the two moved days off (24–25 March) are not counted.
    assertThat(task(instance).getDueDate()).isEqualTo(date("2026-03-31T23:59:59+05:00"));
    // The reminder: the start of the working day before the deadline.
    assertThat(task(instance).getFollowUpDate()).isEqualTo(date("2026-03-30T00:00:00+05:00"));
    ChangeRequest stored = changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(ChangeRequestStatus.SUBMITTED);
    assertThat(stored.getReviewDueAt()).isEqualTo("2026-03-31T18:59:59Z");
    assertThat(stored.getDescription()).isEqualTo("Кестені 10 күнге жылжыту");
    assertThat(stored.getFiledBy()).isEqualTo("team");
    // Business data lives in change_request; the process keeps ids and flags, not the number (its business key)
    // nor the filing moment (the record's).
    assertThat(instance).hasVariables(Vars.CHANGE_REQUEST_ID);
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(Filing.DESCRIPTION,
        Filing.JUSTIFICATION, Filing.ANSWER_NEEDED_BY, "changeRequestNumber", "filedAt");
  }

  @Test
  void anEarlierAnswerNeededByDateBecomesTheDueDate() {
    ProcessInstance instance = filings.file(projects.ordinary(), "CHANGE", "2026-03-20");

    assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_REVIEW);
    assertThat(task(instance).getDueDate()).isEqualTo(date("2026-03-20T23:59:59+05:00"));
    assertThat(task(instance).getFollowUpDate()).isEqualTo(date("2026-03-19T00:00:00+05:00"));
    // Kept for the review timer, which the calendar's recalculation evaluates again.
    assertThat(runtimeService.getVariable(instance.getId(), Filing.ANSWER_NEEDED_BY)).isEqualTo("2026-03-20");
  }

  @Test
  void anAnswerNeededByDateInThePastIsRefusedNamingTheFieldAndNothingIsStored() {
    ProjectSummary project = projects.ordinary();

    assertThatThrownBy(() -> filings.file(project, "CHANGE", "2026-03-18"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("answerNeededBy: жауап қажет күн (2026-03-18) өтіп кеткен");
    assertThat(changeRequests.findByNumber("CR-" + project.number() + "-1")).isEmpty();
    // Today itself is still an answer the lead can give.
    assertThat(filings.file(project, "CHANGE", "2026-03-19")).isNotNull();
  }

  @Test
  void aRequestIsFiledOnlyByThoseWhoHoldARoleOnTheProject() {
    ProjectSummary project = projects.ordinary();

    // team2 is on another project's team: the group alone does not let them file here (§105).
    assertThatThrownBy(() -> filings.file(project, "team2"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectNumber: team2 — " + project.number() + " жобасында рөлі жоқ");
    assertThat(changeRequests.requestsOf(project.number())).isEmpty();
    assertThat(filings.file(project, "team")).isNotNull();
    assertThat(changeRequests.requestsOf(project.number())).singleElement()
        .satisfies(request -> assertThat(request.getFiledBy()).isEqualTo("team"));
  }

  @Test
  void aReviewNotAnsweredInTimeIsEscalatedToTheProjectGroupHeadAndStaysOpen() {
    ProcessInstance instance = filings.file();
    ClockUtil.setCurrentTime(date("2026-04-01T08:00:00+05:00"));

    execute(job(ChangeRequestProcess.BOUNDARY_REVIEW_OVERDUE, instance));

    Task escalation = task(ChangeRequestProcess.TASK_HANDLE_OVERDUE_REVIEW, instance);
    assertThat(escalation).hasCandidateGroupAssociated("project-group-head");
    Task review = task(ChangeRequestProcess.TASK_REVIEW, instance);
    assertThat(review.getPriority()).isEqualTo(80);
    ChangeRequest stored = changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow();
    assertThat(stored.isReviewOverdue()).isTrue();
    assertThat(stored.getStatus()).isEqualTo(ChangeRequestStatus.SUBMITTED);

    complete(escalation, Map.of(Vars.OVERDUE_MEASURES, "Жоба жетекшісімен сөйлестім"));
    // Nothing was decided for the lead: the review is still theirs to do.
    complete(review, Map.of(Vars.REVIEW_OUTCOME, OUTCOME_ACCEPT));
    assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_EVALUATE);
  }

  @Test
  void aRequestForAnUnknownProjectIsRefusedAndNothingIsStored() {
    Map<String, Object> variables = TestChangeRequests.filing("PRJ-1999-0001", "CHANGE", null);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ChangeRequestProcess.KEY, variables))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectNumber: PRJ-1999-0001 нөмірлі жоба жоқ");
    assertThat(changeRequests.findByNumber("CR-PRJ-1999-0001-1")).isEmpty();
  }

  @Test
  void aRefusalWithoutGroundsIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = filings.file();

    assertThatThrownBy(() -> complete(task(instance), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_REFUSE)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("refusalGrounds");

    assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_REVIEW);
    assertThat(changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow().getStatus())
        .isEqualTo(ChangeRequestStatus.SUBMITTED);
  }

  @Test
  void aRefusedRequestEndsWithItsGroundsWhoDecidedAndTheInitiatorIsTold() {
    ProcessInstance instance = filings.file();

    identityService.setAuthentication("lead", List.of("project-lead"));
    complete(task(instance), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_REFUSE, Vars.REFUSAL_REASON, "FILED_IN_ERROR",
        Vars.REFUSAL_GROUNDS, "Сұрау салу қате берілген"));
    identityService.clearAuthentication();

    assertThat(instance).isEnded().hasPassed(ChangeRequestProcess.END_REFUSED);
    ChangeRequest stored = changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(ChangeRequestStatus.REFUSED);
    assertThat(stored.getRefusalReason()).isEqualTo(RefusalReason.FILED_IN_ERROR);
    assertThat(decisionLog.historyOf(ChangeRequestProcess.RECORD_TYPE, stored.getId()))
        .singleElement()
        .returns("lead", DecisionRecord::getDecidedBy)
        .returns("REFUSED", DecisionRecord::getOutcome)
        .returns("Сұрау салу қате берілген", DecisionRecord::getComment);
    Task notice = noticeFor("team", instance.getBusinessKey());
    assertThat(notice.getName()).isEqualTo(instance.getBusinessKey() + " · Бас тартылды");
    assertThat(notice.getDescription()).contains("Сұрау салу қате берілген");
  }

  @Test
  void aChangeThatKeepsTheBaselineIsDecidedByTheProjectLead() {
    ProcessInstance instance = filings.file();
    acceptAndEvaluate(instance, 0, 0);

    assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_DECIDE);
    assertThat(task(instance)).hasCandidateGroupAssociated("project-lead");
    // One deciding group: a plain task, without the multi-instance's counters or a variable naming the group.
    assertThat(instance).hasPassed(ChangeRequestProcess.GATEWAY_DECIDING_GROUPS);
    assertThat(taskService.getVariables(task(instance).getId())).doesNotContainKeys(Vars.APPROVER_GROUP,
        "nrOfInstances", "loopCounter");
    complete(task(instance), Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT, "Қабылданды"));

    assertThat(instance).isEnded().hasPassed(ChangeRequestProcess.END_ACCEPTED);
    ChangeRequest stored = changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(ChangeRequestStatus.ACCEPTED_FOR_EXECUTION);
    assertThat(stored.getBaselineAffected()).isFalse();
    assertThat(stored.getApproverGroups()).isEqualTo("project-lead");
    assertThat(stored.getAppliedAt()).isNotNull();
    assertThat(noticeFor("team", instance.getBusinessKey()).getName()).endsWith("Орындауға қабылданды");
    // The change sheet with its decisions is filed in the project archive as a PDF (§105), in Kazakh.
    String sheet = ArchivedPdf.text(archive, projects.numberOf(stored.getProjectId()), instance.getBusinessKey(),
        DocumentType.CHANGE_SHEET);
    assertThat(sheet).contains("Өзгеріске сұрау салу. Өзгерту парағы " + instance.getBusinessKey(),
        "Кестені 10 күнге жылжыту", "Қабылданды")
        // Its codes and journal in words, as the record page shows them: status, kind, the deciding role, steps.
        .contains("Орындауға қабылданған сұрау салу", "Өзгерту", "Күнтізбелік жоспар-кесте",
            "Өзгеріске сұрау салуды қарау · Бағалауға қабылданды", "Базалық жоспар өзгермейді",
            "Орындауға қабылданды (Жоба жетекшісі)")
        .doesNotContain("ACCEPTED_FOR_EXECUTION", "SCHEDULE", "Task_", "APPROVED_BY_", "project-lead");
    // Everything on it is in the ministry's alphabets: set in the alphabet font, embedded whole (no subset tag).
    assertThat(ArchivedPdf.fonts(archive, projects.numberOf(stored.getProjectId()), instance.getBusinessKey(),
        DocumentType.CHANGE_SHEET)).containsExactly("DejaVuSans");
    assertThat(archive.documentsOf(projects.numberOf(stored.getProjectId()), instance.getBusinessKey()))
        .filteredOn(document -> document.getType() == DocumentType.CHANGE_SHEET).singleElement()
        .returns(instance.getId(), ArchiveDocument::getProcessInstanceId);
  }

  @Test
  void aRussianSpeakingFilerGetsTheChangeSheetInRussian() {
    preferences.update("team", "ru", true);
    try {
      ProcessInstance instance = filings.file();
      complete(task(instance), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_REFUSE, Vars.REFUSAL_GROUNDS,
          "Сұрау салу қате берілген"));

      ChangeRequest stored = changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow();
      String sheet = ArchivedPdf.text(archive, projects.numberOf(stored.getProjectId()), instance.getBusinessKey(),
          DocumentType.CHANGE_SHEET);
      assertThat(sheet).contains("Запрос на изменение. Лист изменений " + instance.getBusinessKey(),
          "Основание отказа: Сұрау салу қате берілген", "Рассмотрение запроса на изменение · Отклонено")
          .doesNotContain("REFUSED", "Task_");
    } finally {
      preferences.update("team", "kk", true);
    }
  }

  @Test
  void aScheduleShiftChangesTheBaselineAndGoesToTheProjectGroupHead() {
    ProcessInstance instance = filings.file();
    acceptAndEvaluate(instance, 10, 0);

    assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_DECIDE);
    assertThat(task(instance)).hasCandidateGroupAssociated("project-group-head");
    complete(task(instance), Map.of(Vars.DECISION, DECISION_REFUSE, Vars.DECISION_COMMENT, "Мерзім ұзартылмайды"));

    assertThat(instance).isEnded().hasPassed(ChangeRequestProcess.END_REJECTED);
    assertThat(changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow().getStatus())
        .isEqualTo(ChangeRequestStatus.REFUSED);
    assertThat(noticeFor("team", instance.getBusinessKey()).getDescription()).contains("Мерзім ұзартылмайды");
  }

  @Test
  void aBudgetChangeOfTenPercentOrMoreNeedsBothTheGroupHeadAndTheBaselineApprover() {
    ProcessInstance instance = filings.file();
    acceptAndEvaluate(instance, 0, 20_000_000);

    assertThat(changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow().getBudgetChangePercent())
        .isEqualByComparingTo("20");
    // The flags the routing table read, and its answer, stayed in the command that evaluated: our record holds them.
    assertThat(instance).variables().containsKeys(Vars.CHANGE_REQUEST_ID).doesNotContainKeys(Vars.REVIEW_OUTCOME,
        Vars.BASELINE_AFFECTED, Vars.BUDGET_CHANGE_PERCENT, Vars.PROJECT_REGULATED, Vars.APPROVER_GROUPS,
        Vars.APPROVER_GROUP_LIST);
    assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_DECIDE_JOINTLY);
    List<Task> deciders = decisionTasks(instance);
    assertThat(deciders).extracting(decider -> taskService.getVariable(decider.getId(), Vars.APPROVER_GROUP))
        .containsExactlyInAnyOrder("project-group-head", "bd-group-lead");
    // Both must approve: one refusal refuses the request.
    complete(deciders.get(0), Map.of(Vars.DECISION, DECISION_APPROVE, Vars.DECISION_COMMENT, "Иә"));
    // The first decision lives in our tables only: the second approver's form starts empty, not with it.
    assertThat(taskService.getVariables(deciders.get(1).getId()))
        .doesNotContainKeys(Vars.DECISION, Vars.DECISION_COMMENT, Vars.OFFICE_AGREEMENT)
        .doesNotContainKeys(Vars.REVIEW_COMMENT, Vars.SCHEDULE_SHIFT_DAYS, Vars.COST_CHANGE)
        .containsKeys(Vars.CHANGE_REQUEST_ID);
    complete(deciders.get(1), Map.of(Vars.DECISION, DECISION_REFUSE, Vars.DECISION_COMMENT, "Бюджет жоқ"));

    assertThat(instance).isEnded().hasPassed(ChangeRequestProcess.END_REJECTED);
    assertThat(changeRequests.findByNumber(instance.getBusinessKey()).orElseThrow().getStatus())
        .isEqualTo(ChangeRequestStatus.REFUSED);
  }

  private void acceptAndEvaluate(ProcessInstance instance, int scheduleShiftDays, long costChange) {
    complete(task(instance), Map.of(Vars.REVIEW_OUTCOME, OUTCOME_ACCEPT));
    assertThat(task(instance)).hasDefinitionKey(ChangeRequestProcess.TASK_EVALUATE).hasCandidateGroupAssociated("project-lead");
    complete(task(instance), Map.of(Vars.SCHEDULE_SHIFT_DAYS, (long) scheduleShiftDays, Vars.COST_CHANGE, costChange));
  }

  private List<Task> decisionTasks(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_DECIDE_JOINTLY).list();
  }

  private Task noticeFor(String user, String number) {
    return taskService.createTaskQuery().taskAssignee(user).taskNameLike(number + " · %").singleResult();
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
