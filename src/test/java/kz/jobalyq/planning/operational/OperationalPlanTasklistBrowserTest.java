package kz.jobalyq.planning.operational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
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
 * An operational plan (004 §3–§6) registered, proposed, assembled and approved in Tasklist: the planning unit
 * files it from the start form, a structural unit proposes an activity in the Annex 1 list, the planning unit
 * assembles the plan and the first head (or the chief of staff) approves it reading its overview.
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

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aPlanIsProposedAssembledAndApprovedInTasklist() {
    String year = Year.now().plusYears(1).toString();
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
      });
    }
  }
}
