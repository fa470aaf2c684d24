package kz.jobalyq.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TasklistWalk;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An initiative carried through its six stages (000 §50) and the status decision in Tasklist, each step by a
 * person it reached, through the forms' own buttons: the initiator files it from the start form and learns
 * its number; the project office scores it; the initiator writes the stage documents; the office the
 * passport; the committee gives it the status of a new project.
 */
@IntegrationTest
class InitiativeTasklistBrowserTest {

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
  private HistoryService historyService;
  @Autowired
  private InitiativeService initiatives;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void anInitiativeBecomesANewProjectThroughItsSixStagesInTasklist() {
    try (Browser browser = Browser.open("kk")) {
      browser.run("initiative-kk", () -> {
        TasklistSession initiator = TasklistSession.signIn(browser, port, "initiator", "kk");
        initiator.startProcess("Бастамаларды басқару");
        initiator.fillRequired(Map.of("Field_projectGroupCode", DemoOrganisation.PUBLIC_APPEALS_GROUP));
        String number = initiator.submitStartForm();
        assertThat(number).startsWith("INI-");
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult().getId();

        List<String> done = new TasklistWalk(browser, port, "kk", taskService, identityService, runtimeService)
            .complete(number, Map.of("Field_initiatorIin", "900101300126"), 12);

        assertThat(done).hasSize(7).first().asString().startsWith("pomanager: ");
        assertThat(done).anyMatch(step -> step.startsWith("initiator: ") && step.contains("(5-кезең)"))
            .last().asString().startsWith("committee: ");
        HistoricProcessInstance initiative = historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(instanceId).singleResult();
        assertThat(initiative.getEndActivityId()).isEqualTo(InitiativeProcess.END_NEW_PROJECT);
        assertThat(initiatives.getByNumber(number).getStatus()).isEqualTo(InitiativeStatus.NEW_PROJECT);
      });
    }
  }
}
