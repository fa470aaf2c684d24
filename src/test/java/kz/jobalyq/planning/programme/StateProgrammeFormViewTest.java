package kz.jobalyq.planning.programme;

import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.support.FormVariables;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The document's summary on a step's form, as a reviewer reads it in the language they chose. */
@IntegrationTest
class StateProgrammeFormViewTest {

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
    at("2026-01-15T10:00:00+05:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void theRegionalReviewerReadsTheProgrammeInTheirLanguage() {
    StateProgrammeTestSupport flow = new StateProgrammeTestSupport(runtimeService, taskService, managementService,
        identityService);
    ProcessInstance instance = flow.submit(PlanningDocumentType.STATE_PROGRAMME, true, 2026, 2030);
    Task regional = flow.task(instance);
    assertThat(regional).hasDefinitionKey(StateProgrammeProcess.TASK_REGIONAL_REVIEW);

    String russian = FormVariables.shown(rest, regional.getId(), "rda", "ru", Vars.PROGRAMME_SUMMARY);
    String kazakh = FormVariables.shown(rest, regional.getId(), "rda", "kk", Vars.PROGRAMME_SUMMARY);

    assertThat(russian).contains("**Вид документа:** Государственная программа",
        "**Разработчик:** Цифрлық даму министрлігі", "**Период реализации:** 2026–2030",
        "**Статус:** На рассмотрении уполномоченного органа по региональному развитию",
        "**Финансирование:** Республикалық бюджет, 125000000.00 тыс. тенге").doesNotContain("Құжат түрі");
    assertThat(kazakh).contains("**Құжат түрі:** Мемлекеттік бағдарлама",
        "**Мәртебесі:** Өңірлік даму жөніндегі уәкілетті органның қарауында",
        "**Мақсаты:** Мемлекеттік қызметтерді толық цифрландыру", "125000000.00 мың теңге");
  }

  @Test
  void theAgreeingBodyIsNamedByItsRoleNotItsGroupId() throws Exception {
    StateProgrammeTestSupport flow = new StateProgrammeTestSupport(runtimeService, taskService, managementService,
        identityService);
    ProcessInstance instance = flow.submit(PlanningDocumentType.STRATEGIC_PLAN, false, 2026, 2030);
    flow.complete(flow.task(instance), Vars.DRAFT_REFERENCE, "СЖ-1", Vars.DRAFT_SUMMARY, "Стратегиялық бағыттар");
    Task agreement = flow.task(instance);
    assertThat(agreement).hasDefinitionKey(StateProgrammeProcess.TASK_AGREE);

    JsonNode russian = new ObjectMapper().readTree(FormVariables.of(rest, agreement.getId(), "spa", "ru")
        .path("view").path("value").asText());
    JsonNode kazakh = new ObjectMapper().readTree(FormVariables.of(rest, agreement.getId(), "spa", "kk")
        .path("view").path("value").asText());

    assertThat(russian.path("agreementBody").asText().replace("\\", ""))
        .isEqualTo(Role.STATE_PLANNING_AUTHORITY.russianName());
    assertThat(kazakh.path("agreementBody").asText()).isEqualTo("Мемлекеттік жоспарлау жөніндегі уәкілетті орган");
  }
}
