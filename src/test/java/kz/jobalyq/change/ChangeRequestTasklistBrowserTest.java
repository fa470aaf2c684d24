package kz.jobalyq.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change request carried end to end through Tasklist's own buttons: a team member files it from the start
 * form and is shown its number; the project's own lead (and no other project's lead) reviews it with the
 * change sheet in view and evaluates it; the project group head decides it, reading the evaluation on the
 * form. In Kazakh, and the review once more in Russian.
 */
@IntegrationTest
class ChangeRequestTasklistBrowserTest {

  @LocalServerPort
  private int port;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TestProjects projects;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aChangeRequestIsFiledReviewedEvaluatedAndDecidedInTasklist() {
    ProjectSummary project = projects.ordinary();
    try (Browser browser = Browser.open("kk")) {
      browser.run("change-request-kk", () -> {
        TasklistSession team = TasklistSession.signIn(browser, port, "team", "kk");
        team.startProcess("Өзгеріске сұрау салу");
        team.type("Field_projectNumber", project.number());
        team.choose("Field_requestType", 0);
        team.select("Field_changeSubject", "Күнтізбелік жоспар-кесте");
        team.type("Field_description", "Кестені 10 күнге жылжыту");
        team.type("Field_justification", "Мердігер жабдықты кешіктірді");
        String number = team.submitStartForm();
        assertThat(number).isEqualTo("CR-" + project.number() + "-1");
        ProcessInstance instance = instance(number);

        TasklistSession otherLead = TasklistSession.signIn(browser, port, "lead2", "kk");
        assertThat(otherLead.sees(number, "Өзгеріске сұрау салуды қарау")).as("another project's lead").isFalse();

        TasklistSession lead = TasklistSession.signIn(browser, port, "lead", "kk");
        lead.openTask(number, "Өзгеріске сұрау салуды қарау");
        assertThat(lead.formText()).contains(number, "Кестені 10 күнге жылжыту", "Мердігер жабдықты кешіктірді",
            "Күнтізбелік жоспар-кесте");
        lead.capture("change-request-review");
        lead.choose("Field_reviewOutcome", 0);
        lead.type("Field_reviewComment", "Бағалауға жіберілді");
        lead.completeAndWait();

        lead.openTask(number, "Өзгерістің әсерін бағалау");
        lead.type("Field_scheduleShiftDays", "10");
        lead.type("Field_costChange", "0");
        lead.completeAndWait();
        assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_DECIDE);

        TasklistSession head = TasklistSession.signIn(browser, port, "pghead", "kk");
        head.openTask(number, "Өзгеріске сұрау салу бойынша шешім");
        assertThat(head.formText()).contains("Кестені 10 күнге жылжыту", "10 күнге ығысады",
            "Жобалар тобының жетекшісі");
        head.capture("change-request-decision");
        head.choose("Field_decision", 0);
        head.type("Field_decisionComment", "Мерзім ұзартылсын");
        head.completeAndWait();
        assertThat(instance).isEnded().hasPassed(ChangeRequestProcess.END_ACCEPTED);
      });
    }
  }

  @Test
  void aRussianSpeakingLeadReviewsInRussianAndARefusalNamesItsField() {
    ProjectSummary project = projects.ordinary();
    String number = instanceOf(project).getBusinessKey();
    try (Browser browser = Browser.open("ru")) {
      browser.run("change-request-ru", () -> {
        TasklistSession lead = TasklistSession.signIn(browser, port, "lead", "ru");
        lead.openTask(number, "Рассмотрение запроса на изменение");
        assertThat(lead.formText()).contains("Описание изменения", "Кестені 10 күнге жылжыту", "Принять на оценку")
            .doesNotContain("Field is required", "Select");
        lead.choose("Field_reviewOutcome", 1);
        lead.select("Field_refusalReason", "Подан ошибочно");
        lead.type("Field_refusalGrounds", " ");
        lead.complete();
        assertThat(lead.refusal()).isEqualTo("обоснование отказа обязательно (000 §106.2)");
        lead.capture("change-request-refusal");
      });
    }
  }

  /** Filed by the project's team member, as Tasklist's start form files it. */
  private ProcessInstance instanceOf(ProjectSummary project) {
    engine.getIdentityService().setAuthentication("team", List.of(Role.PROJECT_TEAM.groupId()));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(ChangeRequestProcess.KEY,
          kz.jobalyq.support.TestChangeRequests.filing(project.number(), "CHANGE", null));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance instance(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
  }
}
