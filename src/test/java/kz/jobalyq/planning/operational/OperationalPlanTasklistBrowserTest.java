package kz.jobalyq.planning.operational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TasklistWalk;
import kz.jobalyq.system.i18n.ModelTranslations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operational plan (004 §3–§6) registered, proposed, assembled and approved in Tasklist: the planning unit
 * files it from the start form, a structural unit proposes an activity in the Annex 1 list, the planning unit
 * assembles the plan and the first head (or the chief of staff) approves it reading its overview. Then its first
 * quarter is reported on in Russian (§12–§17): the unit's information, the monitoring report and the officials'
 * decision, each reading the Annex 2 rows in Russian.
 */
@IntegrationTest
class OperationalPlanTasklistBrowserTest {

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
  private ModelTranslations translations;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aPlanIsProposedAssembledApprovedAndReportedOnInTasklist() {
    String year = Year.now().plusYears(1).toString();
    AtomicReference<ProcessInstance> approved = new AtomicReference<>();
    try (Browser browser = Browser.open("kk")) {
      browser.run("operational-plan-kk", () -> {
        TasklistSession planner = TasklistSession.signIn(browser, port, "planner", "kk");
        planner.startProcess("Мемлекеттік органның операциялық жоспары");
        planner.fillRequired(Map.of("Field_planYear", year, "Field_signedOn", LocalDate.now().toString()));
        String number = planner.submitStartForm();
        ProcessInstance plan = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult();

        List<String> done = new TasklistWalk(browser, port, "kk", taskService, identityService, runtimeService)
            .complete(number, Map.of("Field_strategicDirection_0", "Экологиялық тұрақтылық",
                "Field_macroIndicator_0", "Шығарындылар көлемі", "Field_name_0", "Мониторинг жүйесін енгізу",
                "Field_budgetProgrammeCode_0", "001", "Field_deadline_0", year + "-06-30"), 3);

        assertThat(done).hasSize(3);
        assertThat(done.get(0)).startsWith("unit: ");
        // The first head or the chief of staff approves (004 §6).
        assertThat(done.get(2)).matches("(statehead|chiefofstaff): .*Операциялық жоспарды бекіту.*");
        assertThat(plan).hasPassed(OperationalPlanProcess.TASK_APPROVE);
        approved.set(plan);
      });
    }

    // The first quarter opens, and the quarter is reported on by people who work in Russian (004 §12–§17): the
    // Annex 2 rows' words beside the activity are theirs too (not due in the first quarter: June). On 14 April each
    // task's follow-up day has come, so Tasklist's lists show them.
    ProcessInstance plan = approved.get();
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(year + "-04-14").atTime(12, 0)
        .atZone(ZoneId.of("Asia/Almaty")).toInstant()));
    try (Browser browser = Browser.open("ru")) {
      browser.run("operational-plan-ru", () -> {
        Job firstQuarter = managementService.createJobQuery().processInstanceId(plan.getId())
            .activityId(OperationalPlanProcess.TIMER_PERIOD_STARTS).orderByJobDuedate().asc().list().get(0);
        managementService.executeJob(firstQuarter.getId());
        List<String> forms = new ArrayList<>();
        List<String> reported = new TasklistWalk(browser, port, "ru", taskService, identityService, runtimeService,
            translations).complete(plan.getBusinessKey(), Map.of(), 3,
                (task, session) -> forms.add(session.formText()));

        assertThat(reported).hasSize(3);
        assertThat(reported.get(0)).startsWith("unit: ");
        assertThat(forms.get(0)).contains("Нет").doesNotContain("Жоқ");
        assertThat(reported.get(1)).startsWith("monitor: ");
        assertThat(forms.get(1)).contains("Срок не наступил").doesNotContain("Мерзімі келмеген");
        assertThat(forms.get(2)).contains("Срок не наступил").doesNotContain("Мерзімі келмеген");
        assertThat(plan).hasPassed(OperationalPlanProcess.TASK_SUBMIT_INFORMATION,
            OperationalPlanProcess.TASK_PREPARE_REPORT, OperationalPlanProcess.TASK_DECIDE);
      });
    } finally {
      ClockUtil.reset();
    }
  }
}
