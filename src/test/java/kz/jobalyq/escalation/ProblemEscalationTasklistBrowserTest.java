package kz.jobalyq.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.Browser;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.support.TasklistWalk;
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
 * A problem the project group head cannot resolve climbs the chain of 000 §100 in Tasklist: each level's
 * official reads the problem on the decision form and escalates it, until the programme level resolves it.
 */
@IntegrationTest
class ProblemEscalationTasklistBrowserTest {

  /** The radio options of {@code Field_problemDecision}, in the form's order. */
  private static final String RESOLVE_OPTION = "0";
  private static final String ESCALATE_OPTION = "1";
  private static final String DECISION_FIELD = "Field_problemDecision";
  private static final String COMMENT_FIELD = "Field_problemDecisionComment";

  @LocalServerPort
  private int port;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestProjects projects;
  @Autowired
  private EscalationService escalations;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aProblemIsEscalatedTwiceAndResolvedAtTheProgrammeLevelEachOfficialReadingIt() {
    ProjectSummary project = projects.ordinary();
    String description = "Мердігер серверлік жабдықты жеткізбеді";
    LocalDate dateAtRisk = LocalDate.now().plusWeeks(6);
    String number = escalations.raiseFromWeeklyReport(project.number(), description, null, dateAtRisk, "lead");
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
    List<String> readings = new ArrayList<>();
    List<String> done = new ArrayList<>();
    try (Browser browser = Browser.open("kk")) {
      browser.run("problem-escalation-kk", () -> {
        TasklistWalk walk = new TasklistWalk(browser, port, "kk", taskService, identityService, runtimeService);
        // Levels 1 and 2 take no measure of their own: each hands the problem up.
        done.addAll(walk.complete(number, Map.of(DECISION_FIELD, ESCALATE_OPTION, COMMENT_FIELD,
            "Деңгейдің өкілеттігінен тыс"), 2, (task, session) -> readings.add(session.formText())));
        done.addAll(walk.complete(number, Map.of(DECISION_FIELD, RESOLVE_OPTION, COMMENT_FIELD,
            "Жеткізуші ауыстырылды"), 1, (task, session) -> {
              readings.add(session.formText());
              session.capture("problem-decision-level-3");
            }));
      });
    }

    // Who decided at each level: the holders of that level's roles (000 §100).
    assertThat(done).hasSize(3);
    assertThat(done.get(0)).startsWith("pghead: ");
    assertThat(done.get(1)).matches("(bdhead|pohead): .*");
    assertThat(done.get(2)).matches("(programme|office): .*");
    // Each level read the problem itself, under its own level's name: the date at risk as a date, and "none
    // proposed" where the weekly report proposed no solution (no template markup left over).
    assertThat(readings).allSatisfy(text -> assertThat(text).contains(description, project.number(),
        "Қауіп төнген мерзім: " + Display.date(dateAtRisk) + "\n", "Ұсынылатын шешімдер: ұсынылмаған")
        .doesNotContain(": —", "{{", "⚠", "көрсетілмеген"));
    assertThat(readings.get(0)).contains(EscalationLevel.PROJECT_GROUP_HEAD.kazakhName());
    assertThat(readings.get(1)).contains("Базалық бағыттың жетекшісі");
    assertThat(readings.get(2)).contains(EscalationLevel.PROGRAMME.kazakhName());

    assertThat(instance).isEnded().hasPassed(ProblemEscalationProcess.TASK_ESCALATE,
        ProblemEscalationProcess.TASK_RESOLVE, ProblemEscalationProcess.END_RESOLVED);
    ProblemIssue problem = escalations.getByNumber(number);
    assertThat(problem.getStatus()).isEqualTo(ProblemStatus.RESOLVED);
    assertThat(problem.getHighestLevel()).isEqualTo(EscalationLevel.PROGRAMME.number());
    assertThat(problem.getResolvedLevel()).isEqualTo(EscalationLevel.PROGRAMME.number());
    assertThat(problem.getResolution()).isEqualTo("Жеткізуші ауыстырылды");
  }
}
