package kz.jobalyq.planning.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TasklistWalk;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.ModelTranslations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An EU financing agreement in Tasklist, in Russian: the national coordinator registers it from the start form,
 * submits the first six-monthly report (TAP §10), and the steering committee records its half-yearly meeting
 * reading that report on its form (TAP §7).
 */
@IntegrationTest
class FinancingAgreementTasklistBrowserTest {

  private static final String REPORT_REFERENCE = "ЕС-01/2026";
  private static final String REPORT_SUMMARY = "Индикаторы логической рамки выполняются по плану";

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
  private ManagementService managementService;
  @Autowired
  private FinancingAgreementService agreements;
  @Autowired
  private ModelTranslations translations;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void anAgreementIsRegisteredItsFirstReportSubmittedAndReviewedByTheSteeringCommitteeInRussian() {
    LocalDate today = LocalDate.now();
    List<String> done = new ArrayList<>();
    List<String> readings = new ArrayList<>();
    try (Browser browser = Browser.open("ru")) {
      browser.run("financing-agreement-ru", () -> {
        TasklistSession coordinator = TasklistSession.signIn(browser, port, "natcoord", "ru");
        coordinator.startProcess("Соглашение о финансировании с ЕС");
        coordinator.fillRequired(Map.of(field(FinancingAgreementProcess.Vars.TITLE),
            "Реформирование и модернизация государственного сектора",
            field(FinancingAgreementProcess.Vars.LEGAL_BASIS), "Постановление Правительства РК № 688",
            field(FinancingAgreementProcess.Vars.EU_CONTRIBUTION), "10000000",
            field(FinancingAgreementProcess.Vars.CONTINGENCY_RESERVE), "700000",
            field(FinancingAgreementProcess.Vars.BENEFICIARY_SIGNED_ON), today.minusDays(9).toString(),
            field(FinancingAgreementProcess.Vars.COMMISSION_SIGNED_ON), today.minusDays(1).toString()));
        String number = coordinator.submitStartForm();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult();
        assertThat(instance).isWaitingAt(FinancingAgreementProcess.TIMER_PERIOD_OPENS);

        // The first half-year's tasks open a month before its end (M5): the test runs that timer now.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
            .activityId(FinancingAgreementProcess.TIMER_PERIOD_OPENS).singleResult().getId());

        // The report and the meeting open together; the coordinator reports first, as the committee reviews it.
        coordinator.signInAs("natcoord");
        coordinator.openTask(number, "Представление отчёта");
        coordinator.fillRequired(Map.of(field(FinancingAgreementProcess.Vars.REPORT_REFERENCE), REPORT_REFERENCE,
            field(FinancingAgreementProcess.Vars.REPORT_SUMMARY), REPORT_SUMMARY));
        coordinator.completeAndWait();
        assertThat(instance).hasPassed(FinancingAgreementProcess.TASK_REPORT);

        done.addAll(new TasklistWalk(browser, port, "ru", taskService, identityService, runtimeService, translations)
            .complete(number, Map.of(field(FinancingAgreementProcess.Vars.MEETING_HELD_ON), today.toString(),
                field(FinancingAgreementProcess.Vars.MINUTES_REFERENCE), "УК-1",
                field(FinancingAgreementProcess.Vars.MEETING_DECISIONS), "Отчёт одобрен"), 1,
                (task, session) -> {
                  readings.add(session.formText());
                  session.capture("steering-committee-meeting");
                }));

        assertThat(instance).hasPassed(FinancingAgreementProcess.TASK_MEETING)
            .isWaitingAt(FinancingAgreementProcess.TIMER_PERIOD_OPENS);
        ReportingPeriod first = agreements.periodsOf(agreements.requireByNumber(number)).get(0);
        assertThat(first.getReportReference()).isEqualTo(REPORT_REFERENCE);
        assertThat(first.getReportSubmittedBy()).isEqualTo("natcoord");
        assertThat(first.getMeetingHeldOn()).isEqualTo(today);
        assertThat(first.getMeetingRecordedBy()).isEqualTo("finsc");
        // The committee read the half-year and the coordinator's report it reviewed.
        assertThat(readings).singleElement().asString().contains(number,
            "Реформирование и модернизация государственного сектора",
            Display.date(first.getStartsOn()) + " — " + Display.date(first.getEndsOn()), REPORT_REFERENCE,
            REPORT_SUMMARY, "(natcoord)").doesNotContain("{{", "⚠", "ещё не представлен");
      });
    }
    // The meeting reached the steering committee, and only it.
    assertThat(done).singleElement().asString().startsWith("finsc: ");
  }

  /** A form field's component id from the variable it edits ({@code reportReference} → Field_reportReference). */
  private static String field(String variable) {
    return "Field_" + variable;
  }
}
