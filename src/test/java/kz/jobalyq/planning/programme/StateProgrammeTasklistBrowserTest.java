package kz.jobalyq.planning.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TasklistWalk;
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
 * A state programme developed in Tasklist (A2 §80–§87): the developer files its justification from the start
 * form; the regional development authority, the state planning authority and the consultative body decide on
 * it reading it in full; the President's decision and the List are recorded; the developer places the draft
 * for public discussion. Each step is done by the body the task reached.
 */
@IntegrationTest
class StateProgrammeTasklistBrowserTest {

  private static final String TASKS_AND_WAYS = "Деректер платформасы; электрондық қызметтер";
  private static final String DUPLICATION_ANALYSIS = "Қолданыстағы бағдарламалармен қайталанбайды";

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
  private StateProgrammeService programmes;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aStateProgrammeIsJustifiedEndorsedListedAndDraftedForPublicDiscussionInTasklist() {
    LocalDate today = LocalDate.now();
    LocalDate discussionUntil = today.plusDays(30);
    String startYear = Year.now().plusYears(1).toString();
    Map<String, String> readings = new LinkedHashMap<>();
    List<String> done = new ArrayList<>();
    try (Browser browser = Browser.open("kk")) {
      browser.run("state-programme-kk", () -> {
        TasklistSession developer = TasklistSession.signIn(browser, port, "developer", "kk");
        developer.startProcess("Мемлекеттік бағдарлама (жоспарлау құжаты)");
        developer.fillRequired(Map.of(field(Vars.NAME), "Цифрлық Қазақстан",
            field(Vars.DEVELOPER_BODY), "Цифрлық даму министрлігі", field(Vars.REGIONAL_PART), "true",
            field(Vars.PERIOD_START_YEAR), startYear,
            field(Vars.PERIOD_END_YEAR), String.valueOf(Integer.parseInt(startYear) + 4),
            field(Vars.GOAL), "Мемлекеттік қызметтерді толық цифрландыру",
            field(Vars.TASKS_AND_WAYS), TASKS_AND_WAYS,
            field(Vars.DUPLICATION_ANALYSIS), DUPLICATION_ANALYSIS));
        String number = developer.submitStartForm();

        // Decisions are the forms' first options (worthwhile, endorse, develop), chosen by fillRequired; the
        // SPA confirms the three §90 checks; the President's decision is recorded with its act; acts are dated
        // today (they may not be dated in the future).
        done.addAll(new TasklistWalk(browser, port, "kk", taskService, identityService, runtimeService)
            .complete(number, Map.of(field(Vars.SPA_NOT_SINGLE_SECTOR), "true",
                field(Vars.SPA_NOT_DEPARTMENTAL), "true", field(Vars.SPA_NO_DUPLICATION), "true",
                field(Vars.PA_NOTICE_DATE), today.toString(), field(Vars.PRESIDENTIAL_DECISION_DATE), today.toString(),
                field(Vars.PRESIDENTIAL_DECISION_ACT), "Президенттің тапсырмасы № 12",
                field(Vars.LIST_ACT_DATE), today.toString(), field(Vars.DISCUSSION_UNTIL), discussionUntil.toString()),
                10, (task, session) -> readings.put(task.getTaskDefinitionKey(), session.formText())));

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult();
        // The draft is out for public discussion: the process waits for its end, then the proposals.
        assertThat(instance).isWaitingAt(StateProgrammeProcess.TIMER_DISCUSSION_ENDED)
            .hasPassed(StateProgrammeProcess.TASK_REGIONAL_REVIEW, StateProgrammeProcess.TASK_SPA_CONCLUSION,
                StateProgrammeProcess.TASK_ENDORSEMENT, StateProgrammeProcess.TASK_PRESIDENTIAL_DECISION,
                StateProgrammeProcess.TASK_RECORD_LIST, StateProgrammeProcess.TASK_DRAFT);
        StateProgramme programme = programmes.requireByNumber(number);
        assertThat(programme.getStatus()).isEqualTo(StateProgrammeStatus.DRAFTING);
        assertThat(programme.getDiscussionUntil()).isEqualTo(discussionUntil);

        // The programme's record page shows each step's stored answers with its form's words, not as JSON.
        TasklistSession.signIn(browser, port, "developer", "kk");
        assertThat(browser.recordPage(port, number, "Шешімдер"))
            .contains("Өңірлік қарау нәтижесі: Орынды", "Жеке салаға не өңірге бағытталмаған: Иә",
                "Президенттің шешімі: Әзірлеу туралы шешім қабылданды", "Мемлекеттік бағдарлама")
            .doesNotContain("{\"", Vars.SPA_CONCLUSION_OUTCOME, "worthwhile", "WORTHWHILE");
        browser.capture("state-programme-record");
      });
    }

    // Who did each step: the body each task reached (A2 §80–§87).
    assertThat(done).extracting(step -> step.substring(0, step.indexOf(':')))
        .containsExactly("rda", "spa", "consultative", "spa", "presadmin", "spa", "presadmin", "developer");
    // The justification is read in full by those who decide on it, the duplication analysis included (§90).
    for (String review : List.of(StateProgrammeProcess.TASK_REGIONAL_REVIEW, StateProgrammeProcess.TASK_SPA_CONCLUSION,
        StateProgrammeProcess.TASK_ENDORSEMENT)) {
      assertThat(readings.get(review)).as(review).contains("Цифрлық Қазақстан", TASKS_AND_WAYS, DUPLICATION_ANALYSIS)
          .doesNotContain("{{", "⚠");
    }
  }

  /** A form field's component id from the variable it edits ({@code goal} → Field_goal). */
  private static String field(String variable) {
    return "Field_" + variable;
  }
}
