package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.ProblemEscalationProcess;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TasklistWalk;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.support.TestProjects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project through Tasklist's own buttons: its lead fills the charter, target indicators in a list row
 * included, and its group head decides on the initiation with the charter in view; the plan is prepared,
 * agreed and approved, a weekly report proposes closure, the final report is written and the results are
 * confirmed, each by the person the task reached; a problem raised on a project is decided by the group
 * head reading it, in Russian.
 */
@IntegrationTest
class ProjectLifecycleTasklistBrowserTest {

  @LocalServerPort
  private int port;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private TestProjects projects;
  @Autowired
  private EscalationService escalations;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private ProjectService projectService;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void theLeadFillsTheCharterAndTheGroupHeadDecidesWithTheCharterInView() {
    ProcessInstance instance = lifecycles.propose(false, "lead");
    String number = instance.getBusinessKey();
    try (Browser browser = Browser.open("kk")) {
      browser.run("project-initiation-kk", () -> {
        TasklistSession lead = TasklistSession.signIn(browser, port, "lead", "kk");
        lead.openTask(number, "Жоба жарғысын толтыру");
        lead.type("Field_projectName", "Өтініштерді цифрлық қабылдау");
        lead.date("Field_plannedStart", "2027-01-11");
        lead.date("Field_plannedEnd", "2027-12-20");
        lead.select("Field_priorityLevel", "Жоғары");
        lead.select("Field_projectScale", "Жобалар тобының деңгейі");
        lead.type("Field_initiatorName", "Сағынова Ләззат");
        lead.type("Field_leadName", "Исаев Руслан");
        lead.type("Field_goal", "Өтініштерді қарау мерзімін 30%-ға қысқарту");
        lead.typeInRow("Field_indicatorName", 0, "Қарау мерзімі");
        lead.typeInRow("Field_targetValue", 0, "10");
        lead.type("Field_successCriteria", "Өтініштердің 90%-ы электронды");
        lead.type("Field_budget", "150000000");
        assertThat(lead.completeEnabled()).as("Complete stays enabled with a list row filled in").isTrue();
        lead.capture("project-charter");
        lead.completeAndWait();
        assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_DECIDE_INITIATION);

        TasklistSession head = TasklistSession.signIn(browser, port, "pghead", "kk");
        head.openTask(number, "Бастамашылық ету қорытындысы бойынша шешім");
        assertThat(head.formText()).contains("Өтініштерді қарау мерзімін 30%-ға қысқарту", "11.01.2027 — 20.12.2027",
            "150 000 000 ₸", "Қарау мерзімі: 10", "Исаев Руслан").doesNotContain("\\n", ": —");
        head.capture("initiation-decision");
        head.choose("Field_initiationDecision", 0);
        head.type("Field_initiationComment", "Іске асыруға");
        head.completeAndWait();
        assertThat(instance).hasPassed(ProjectLifecycleProcess.TASK_DECIDE_INITIATION);
      });
    }
  }

  @Test
  void theProjectIsPlannedExecutedAndClosedInTasklistEachDecisionWithItsDocumentInView() {
    ProcessInstance instance = lifecycles.propose(false, "lead");
    complete(task(ProjectLifecycleProcess.TASK_FILL_CHARTER, instance), TestLifecycles.charter("GROUP", Map.of()));
    complete(task(ProjectLifecycleProcess.TASK_DECIDE_INITIATION, instance),
        TestLifecycles.decision(Vars.INITIATION_DECISION, ProjectLifecycleProcess.IMPLEMENT, Vars.INITIATION_COMMENT,
            "Іске асыруға"));
    Map<String, String> readings = new HashMap<>();
    try (Browser browser = Browser.open("kk")) {
      browser.run("project-life-cycle-kk", () -> {
        List<String> done = new TasklistWalk(browser, port, "kk", taskService, identityService, runtimeService)
            .complete(instance.getBusinessKey(), Map.of("Field_wbsCode", "1.1", "Field_taskName", "Талаптарды талдау",
                "Field_memberName", "Исаев Руслан", "Field_proposeClosure", "true",
                "Field_goalAndResults", "Қарау мерзімі 10 күнге қысқарды"), 6,
                (task, session) -> {
                  readings.put(task.getTaskDefinitionKey(), session.formText());
                  session.capture(task.getTaskDefinitionKey());
                });

        assertThat(done).extracting(step -> step.substring(0, step.indexOf(':')))
            .containsExactly("lead", "pghead", "bdlead", "lead", "lead", "pghead");
      });
    }
    // The plan is agreed and approved reading its schedule and team as tables (§65, §76)…
    assertThat(readings.get(ProjectLifecycleProcess.TASK_AGREE_PLAN)).contains("ЖИҚ коды", "1.1",
        "Талаптарды талдау", "Исаев Руслан", "Өтініштерді қарау мерзімін 30%-ға қысқарту");
    assertThat(readings.get(ProjectLifecycleProcess.TASK_APPROVE_BASELINE)).contains("Талаптарды талдау");
    // …and the results are confirmed reading the final report (§117, §120).
    assertThat(readings.get(ProjectLifecycleProcess.TASK_CONFIRM_RESULTS))
        .contains("Қарау мерзімі 10 күнге қысқарды");
    assertThat(instance).hasPassed(ProjectLifecycleProcess.TASK_CONFIRM_RESULTS);
    Long projectId = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.PROJECT_ID).singleResult().getValue()).longValue();
    assertThat(projectService.find(projectId).orElseThrow().getStatus()).isEqualTo(ProjectStatus.CLOSED);
  }

  @Test
  void aGroupHeadDecidesAProblemReadingItInRussian() {
    ProjectSummary project = projects.ordinary();
    String number = escalations.raiseFromWeeklyReport(project.number(), "Жабдық жеткізілмеді", null,
        LocalDate.of(2027, 3, 1), "lead");
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
    try (Browser browser = Browser.open("ru")) {
      browser.run("problem-decision-ru", () -> {
        TasklistSession head = TasklistSession.signIn(browser, port, "pghead", "ru");
        head.openTask(number, "Решение по проблеме");
        assertThat(head.formText()).contains("Жабдық жеткізілмеді", "01.03.2027", project.number(),
            "Срок под угрозой").doesNotContain(": —");
        head.capture("problem-decision");
        head.choose("Field_problemDecision", 0);
        head.type("Field_problemDecisionComment", "Поставщик заменён");
        head.completeAndWait();
        assertThat(instance).isEnded().hasPassed(ProblemEscalationProcess.END_RESOLVED);
      });
    }
  }
}
