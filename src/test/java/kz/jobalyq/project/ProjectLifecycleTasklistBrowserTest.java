package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.ProblemEscalationProcess;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.support.TestProjects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project's first steps through Tasklist's own buttons: its lead fills the charter, target indicators
 * in a list row included, and its group head decides on the initiation with the charter in view; a problem
 * raised on a project is decided by the group head reading it, in Russian.
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
