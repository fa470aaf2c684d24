package kz.jobalyq.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.StartedProcesses;
import kz.jobalyq.support.TaskPeople;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.forms.Display;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project lead's escalation (000 §100) through Tasklist's own buttons, in Russian: another project's lead
 * is refused on the start form, naming the problem's project; the problem's own lead starts «Эскалация проблемы
 * руководителем проекта» from Start process, names the problem, the level, what measure was not taken and the
 * date at risk, and is shown the problem's number; the level's decision task is interrupted and the chosen
 * level's holder for this project (not another base direction's head) decides it, reading the problem.
 */
@IntegrationTest
class ProblemLeadEscalationTasklistBrowserTest {

  /** The process's name in Start process, as a Russian reader sees it. */
  private static final String PROCESS_NAME = "Эскалация проблемы руководителем проекта";
  private static final String DECISION_TASK = "Решение по проблеме";
  private static final String LEVEL_2 =
      "2 — Руководитель базового направления / руководитель проектного офиса министерства";

  @LocalServerPort
  private int port;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private TestProjects projects;
  @Autowired
  private EscalationService escalations;
  @Autowired
  private DecisionLog decisionLog;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void theProjectsLeadEscalatesAProblemFromTasklistAndTheChosenLevelDecidesIt() {
    ProjectSummary project = projects.ordinary();
    String description = "Подрядчик не поставил серверное оборудование";
    // Raised by a weekly report without a date at risk: the lead must name it on the form (§100).
    String number = escalations.raiseFromWeeklyReport(project.number(), description, null, null, "lead");
    ProcessInstance problemProcess = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(ProblemEscalationProcess.KEY).singleResult();
    assertThat(problemProcess).isWaitingAt(ProblemEscalationProcess.TASK_DECIDE);
    assertThat(escalations.getByNumber(number).getCurrentLevel()).isEqualTo(1);
    LocalDate dateAtRisk = LocalDate.now().plusWeeks(6);
    String reason = "Руководитель группы проектов две недели не принимает мер";

    try (Browser browser = Browser.open("ru")) {
      browser.run("problem-lead-escalation-ru", () -> {
        // Another project's lead may start the process (it is a lead), but not for this problem.
        TasklistSession otherLead = TasklistSession.signIn(browser, port, "lead2", "ru");
        otherLead.startProcess(PROCESS_NAME);
        otherLead.type("Field_problemNumber", number);
        otherLead.type("Field_escalationReason", reason);
        otherLead.date("Field_dateAtRisk", dateAtRisk.toString());
        otherLead.pressStart();
        assertThat(otherLead.refusal()).isEqualTo("lead2 не является руководителем проекта " + project.number()
            + "; проблему эскалирует руководитель проекта (000 §100)");
        otherLead.capture("lead-escalation-another-lead");
        assertThat(escalations.getByNumber(number).getCurrentLevel()).as("nothing escalated").isEqualTo(1);

        TasklistSession lead = TasklistSession.signIn(browser, port, "lead", "ru");
        lead.startProcess(PROCESS_NAME);
        // What the lead decides on, in Russian: the levels of §100 and what the escalation needs.
        assertThat(lead.formText()).contains("Эскалация проблемы (000 §100)", "Номер проблемы", "Уровень",
            "Причина эскалации (какие действенные меры не приняты)", "Срок под угрозой (дата по графику)")
            .doesNotContain("Проблеманың нөмірі", "Эскалация себебі");
        lead.type("Field_problemNumber", number);
        lead.select("Field_leadTargetLevel", LEVEL_2);
        lead.type("Field_escalationReason", reason);
        lead.date("Field_dateAtRisk", dateAtRisk.toString());
        lead.capture("lead-escalation");
        assertThat(lead.submitStartForm()).as("the number the lead is shown").isEqualTo(number);

        ProcessInstance escalation = StartedProcesses.ofRecord(historyService, LeadEscalationProcess.KEY, number);
        assertThat(escalation).isEnded().hasPassed(LeadEscalationProcess.START_EVENT,
            LeadEscalationProcess.TASK_ESCALATE, LeadEscalationProcess.END_ESCALATED);
        // The level's decision is interrupted and the chosen level decides (§100).
        assertThat(problemProcess).hasPassed(ProblemEscalationProcess.BOUNDARY_LEAD_ESCALATED)
            .isWaitingAt(ProblemEscalationProcess.TASK_DECIDE);
        assertThat(task(problemProcess)).hasCandidateGroupAssociated("base-direction-head")
            .hasCandidateGroupAssociated("po-head");
        assertThat(TaskPeople.candidateUsers(taskService, task(problemProcess).getId())).contains("bdhead")
            .doesNotContain("bdhead2");

        TasklistSession otherHead = TasklistSession.signIn(browser, port, "bdhead2", "ru");
        assertThat(otherHead.sees(number, DECISION_TASK)).as("another base direction's head").isFalse();

        TasklistSession head = TasklistSession.signIn(browser, port, "bdhead", "ru");
        assertThat(head.sees(number, DECISION_TASK + " (Руководитель базового направления"))
            .as("the level named in Russian in the list").isTrue();
        head.openTask(number, DECISION_TASK);
        // The level reads why the lead brought the problem to them, and its own name, in Russian.
        assertThat(head.formText()).contains(description, project.number(), Display.date(dateAtRisk),
            "Срок под угрозой", "Руководитель проекта эскалировал", reason,
            number + " · Руководитель базового направления / руководитель проектного офиса министерства")
            .doesNotContain(": —", "{{", EscalationLevel.BASE_DIRECTION.kazakhName());
        head.capture("lead-escalation-level-2-decision");
        head.choose("Field_problemDecision", 0);
        head.type("Field_problemDecisionComment", "Поставщик заменён, поставка через две недели");
        head.completeAndWait();
        assertThat(problemProcess).isEnded().hasPassed(ProblemEscalationProcess.TASK_RESOLVE,
            ProblemEscalationProcess.END_RESOLVED);
      });
    }

    // Our tables: the escalation with its reason and who made it, the date at risk, the decision at level 2.
    ProblemIssue problem = escalations.getByNumber(number);
    assertThat(problem.isScheduleAtRisk()).isTrue();
    assertThat(problem.getDateAtRisk()).isEqualTo(dateAtRisk);
    assertThat(problem.getHighestLevel()).isEqualTo(2);
    assertThat(problem.getStatus()).isEqualTo(ProblemStatus.RESOLVED);
    assertThat(problem.getResolvedLevel()).isEqualTo(2);
    assertThat(problem.getResolution()).isEqualTo("Поставщик заменён, поставка через две недели");
    assertThat(decisionLog.historyOf(ProblemEscalationProcess.RECORD_TYPE, problem.getId())).anySatisfy(decision -> {
      assertThat(decision.getOutcome()).isEqualTo("ESCALATED_BY_LEAD_FROM_LEVEL_1_TO_LEVEL_2");
      assertThat(decision.getComment()).isEqualTo(reason);
      assertThat(decision.getDecidedBy()).isEqualTo("lead");
    }).noneSatisfy(decision -> assertThat(decision.getDecidedBy()).isEqualTo("lead2"));
  }

}
