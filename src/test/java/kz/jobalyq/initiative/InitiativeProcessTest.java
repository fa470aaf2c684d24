package kz.jobalyq.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.initiative.InitiativeProcess.Vars;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.project.ProjectStatus;
import kz.jobalyq.system.i18n.UserLanguage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import com.fasterxml.jackson.databind.JsonNode;

/** Every path of initiative-management.bpmn (seed 000 §48–§50) on the real engine and tables. */
@IntegrationTest
class InitiativeProcessTest {

  /** Monday 6 April 2026, 09:00 in Astana. */
  private static final Date PROPOSED = date("2026-04-06T09:00:00+05:00");

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private InitiativeService initiatives;
  @Autowired
  private ProjectService projects;
  @Autowired
  private OrganisationService organisation;

  @Autowired
  private TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(PROPOSED);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void anInitiativeGoesThroughTheSixStagesToNewProjectAndStartsItsProject() {
    ProcessInstance instance = propose("MINISTRY");

    assertThat(instance.getBusinessKey()).matches("INI-2026-\\d{4}");
    Initiative registered = initiatives.getByNumber(instance.getBusinessKey());
    assertThat(registered.getStatus()).isEqualTo(InitiativeStatus.INITIATIVE);
    Task stage1 = task(instance);
    assertThat(stage1).hasDefinitionKey(InitiativeProcess.TASK_STAGE_1).hasCandidateGroupAssociated("po-chief-manager")
        .hasName(instance.getBusinessKey() + " · Басымдықтар тізбесін қалыптастыру (1-кезең) — Өтініштерді цифрландыру");
    // Five working days for stage 1 by default: 7–10 and 13 April.
    assertThat(stage1.getDueDate()).isEqualTo(date("2026-04-13T23:59:59+05:00"));
    complete(stage1, scores(5, 4, 4, 4, 4));
    assertThat(registered.getId()).isNotNull();
    assertThat(initiatives.getByNumber(instance.getBusinessKey()).getPriorityClass()).isEqualTo("HIGH");
    assertThat(initiatives.getByNumber(instance.getBusinessKey()).getTotalScore()).isEqualTo(21);

    submit(instance, InitiativeProcess.TASK_STAGE_2, bulletin());
    submit(instance, InitiativeProcess.TASK_STAGE_3, decisionTree());
    submit(instance, InitiativeProcess.TASK_STAGE_4, keyProblems());
    submit(instance, InitiativeProcess.TASK_STAGE_5, impact(false));
    assertThat(task(instance)).hasDefinitionKey(InitiativeProcess.TASK_STAGE_6).hasCandidateGroupAssociated("po-chief-manager");
    assertThat(taskService.getVariable(task(instance).getId(), "passportDirection"))
        .isEqualTo("Типтік базалық бағыт / Жеке және заңды тұлғалардың өтініштерімен жұмыс (Халық үніне құлақ асатын мемлекет)");
    submit(instance, InitiativeProcess.TASK_STAGE_6, passport("850501300129"));

    Task status = task(instance);
    assertThat(status).hasDefinitionKey(InitiativeProcess.TASK_ASSIGN_STATUS).hasCandidateGroupAssociated("steering-committee");
    identityService.setAuthentication("committee", List.of("steering-committee"));
    complete(status, Map.of(Vars.ASSIGNED_STATUS, "NEW_PROJECT", Vars.STATUS_REASON, "Іске асыруға"));
    identityService.clearAuthentication();

    assertThat(instance).isEnded().hasPassed(InitiativeProcess.END_NEW_PROJECT);
    Initiative decided = initiatives.getByNumber(instance.getBusinessKey());
    assertThat(decided.getStatus()).isEqualTo(InitiativeStatus.NEW_PROJECT);
    assertThat(decided.getDecisionBodyGroup()).isEqualTo("steering-committee");
    // The project is registered (status INITIATIVE in its life cycle) and its charter is the lead's task.
    assertThat(projects.statusOf(decided.getProjectId())).isEqualTo(ProjectStatus.INITIATIVE);
    String projectNumber = organisation.findProjectById(decided.getProjectId()).orElseThrow().number();
    ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(projectNumber)
        .processDefinitionKey(ProjectLifecycleProcess.KEY).singleResult();
    assertThat(lifecycle).isWaitingAt(ProjectLifecycleProcess.TASK_FILL_CHARTER);
    assertThat(organisation.findProjectById(decided.getProjectId()).orElseThrow().name())
        .isEqualTo("Өтініштерді цифрландыру");

    // The stored stage documents and the passport.
    assertThat(initiatives.documentsOf(decided.getId())).extracting(StageDocument::getStage)
        .containsExactly(1, 2, 3, 4, 5, 6);
    InitiativePassport stored = initiatives.passportOf(decided.getId()).orElseThrow();
    assertThat(stored.getInitiatorIin()).isEqualTo("850501300129");
    assertThat(stored.getCuratorName()).isEqualTo("Вице-министр Ахметов А.");
    assertThat(stored.getActions()).extracting(InitiativePassport.Action::deadline)
        .containsExactly(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-12-31"));
    assertThat(initiatives.latestStage(decided.getId(), InitiativeStage.DECISION_TREE).orElseThrow()
        .get("decisionFactors").toString()).contains("Цифрлық сауаттылық");
  }

  @Test
  void aNationalPriorityInitiativeGoesToTheSteeringCouncil() {
    ProcessInstance instance = propose("NATIONAL_PRIORITY");
    complete(task(instance), scores(5, 5, 5, 5, 5));
    submit(instance, InitiativeProcess.TASK_STAGE_2, bulletin());
    submit(instance, InitiativeProcess.TASK_STAGE_3, decisionTree());
    submit(instance, InitiativeProcess.TASK_STAGE_4, keyProblems());
    submit(instance, InitiativeProcess.TASK_STAGE_5, impact(false));
    submit(instance, InitiativeProcess.TASK_STAGE_6, passport("901215400234"));

    assertThat(task(instance)).hasDefinitionKey(InitiativeProcess.TASK_ASSIGN_STATUS).hasCandidateGroupAssociated("steering-council");
  }

  @Test
  void aNotPriorityInitiativeEndsWithItsReasonUnlessTheProjectOfficeCarriesItOn() {
    ProcessInstance ended = propose("MINISTRY");
    complete(task(ended), scores(0, 5, 5, 5, 5));
    Task review = task(ended);
    assertThat(review).hasDefinitionKey(InitiativeProcess.TASK_REVIEW_NOT_PRIORITY).hasCandidateGroupAssociated("po-head");
    complete(review, Map.of(Vars.OVERRIDE, "confirm", Vars.OVERRIDE_COMMENT, "Ұлттық даму жоспарына сәйкес емес"));

    assertThat(ended).isEnded().hasPassed(InitiativeProcess.END_NOT_PRIORITY);
    Initiative notPriority = initiatives.getByNumber(ended.getBusinessKey());
    assertThat(notPriority.getStatus()).isEqualTo(InitiativeStatus.NOT_PRIORITY);
    assertThat(notPriority.getStatusReason()).isEqualTo("Ұлттық даму жоспарына сәйкес емес");

    ProcessInstance carriedOn = propose("MINISTRY");
    complete(task(carriedOn), scores(1, 1, 1, 1, 1));
    complete(task(carriedOn), Map.of(Vars.OVERRIDE, "continue", Vars.OVERRIDE_COMMENT, "Министр тапсырмасы"));
    assertThat(task(carriedOn)).hasDefinitionKey(InitiativeProcess.TASK_STAGE_2)
        .hasCandidateGroupAssociated("initiator").hasCandidateGroupAssociated("po-chief-manager");
  }

  @Test
  void aStageSendsTheWorkBackOneStageWithACommentAndTheEarlierStageReopensFilledIn() {
    ProcessInstance instance = propose("MINISTRY");
    complete(task(instance), scores(4, 4, 4, 4, 4));
    submit(instance, InitiativeProcess.TASK_STAGE_2, bulletin());
    submit(instance, InitiativeProcess.TASK_STAGE_3, decisionTree());

    // Stage 4 sends the work back to stage 3.
    assertThatThrownBy(() -> complete(task(instance), Map.of(Vars.STAGE_OUTCOME, "sendBack")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("stageComment: алдыңғы кезеңде нені пысықтау керегін түсініктемеде жазыңыз");
    complete(task(instance), Map.of(Vars.STAGE_OUTCOME, "sendBack", Vars.STAGE_COMMENT, "Тәуекелдерді толықтырыңыз"));

    Task rework = task(instance);
    assertThat(rework).hasDefinitionKey(InitiativeProcess.TASK_STAGE_3);
    assertThat(taskService.getVariable(rework.getId(), Vars.RETURNED_COMMENT)).isEqualTo("Тәуекелдерді толықтырыңыз");
    assertThat(taskService.getVariable(rework.getId(), "decisionFactors").toString()).contains("Цифрлық сауаттылық");
    submit(instance, InitiativeProcess.TASK_STAGE_3, decisionTree());
    submit(instance, InitiativeProcess.TASK_STAGE_4, keyProblems());

    assertThat(task(instance)).hasDefinitionKey(InitiativeProcess.TASK_STAGE_5);
    Initiative initiative = initiatives.getByNumber(instance.getBusinessKey());
    assertThat(initiatives.documentsOf(initiative.getId())).filteredOn(document -> document.getStage() == 3)
        .extracting(StageDocument::getVersion).containsExactly(1, 2);
  }

  @Test
  void refineSendsTheInitiativeBackToTheStageTheDecisionBodyNames() {
    ProcessInstance instance = throughStageSix("MINISTRY");

    complete(task(instance), Map.of(Vars.ASSIGNED_STATUS, "REFINE", Vars.REFINE_STAGE, "2",
        Vars.STATUS_REASON, "Халықаралық тәжірибені толықтырыңыз"));

    Task stage2 = task(instance);
    assertThat(stage2).hasDefinitionKey(InitiativeProcess.TASK_STAGE_2);
    assertThat(taskService.getVariable(stage2.getId(), Vars.RETURNED_COMMENT))
        .isEqualTo("Халықаралық тәжірибені толықтырыңыз");
    assertThat(initiatives.getByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(InitiativeStatus.INITIATIVE);
  }

  @ParameterizedTest(name = "REFINE to stage {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void refineReachesEveryStage(int stage) {
    ProcessInstance instance = throughStageSix("MINISTRY");

    complete(task(instance), Map.of(Vars.ASSIGNED_STATUS, "REFINE", Vars.REFINE_STAGE, String.valueOf(stage),
        Vars.STATUS_REASON, "Пысықтаңыз"));

    assertThat(task(instance)).hasDefinitionKey(InitiativeProcess.STAGE_TASKS[stage - 1]);
  }

  @ParameterizedTest(name = "stage {0} sends back to stage {0} - 1")
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void everyStageCanSendTheWorkBackOneStage(int stage) {
    ProcessInstance instance = propose("MINISTRY");
    complete(task(instance), scores(4, 4, 4, 4, 4));
    List<Map<String, Object>> stages = List.of(bulletin(), decisionTree(), keyProblems(), impact(false));
    for (int earlier = 2; earlier < stage; earlier++) {
      submit(instance, InitiativeProcess.STAGE_TASKS[earlier - 1], stages.get(earlier - 2));
    }

    complete(task(instance), Map.of(Vars.STAGE_OUTCOME, "sendBack", Vars.STAGE_COMMENT, "Қайта қараңыз"));

    Task returned = task(instance);
    assertThat(returned).hasDefinitionKey(InitiativeProcess.STAGE_TASKS[stage - 2]);
    assertThat(taskService.getVariable(returned.getId(), Vars.RETURNED_COMMENT)).isEqualTo("Қайта қараңыз");
  }

  @Test
  void aRejectedInitiativeEndsWithTheReason() {
    ProcessInstance instance = throughStageSix("MINISTRY");
    assertThatThrownBy(() -> complete(task(instance), Map.of(Vars.ASSIGNED_STATUS, "REJECTED")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("statusReason: мәртебенің негіздемесін жазыңыз");

    complete(task(instance), Map.of(Vars.ASSIGNED_STATUS, "REJECTED", Vars.STATUS_REASON, "Қаржыландыру көзі жоқ"));

    assertThat(instance).isEnded().hasPassed(InitiativeProcess.END_REJECTED);
    Initiative rejected = initiatives.getByNumber(instance.getBusinessKey());
    assertThat(rejected.getStatus()).isEqualTo(InitiativeStatus.REJECTED);
    assertThat(rejected.getStatusReason()).isEqualTo("Қаржыландыру көзі жоқ");
  }

  @Test
  void aWrongIinOrAMissingFieldIsRefusedNamingTheFieldAndNothingIsStored() {
    ProcessInstance instance = propose("MINISTRY");
    Map<String, Object> badScores = new HashMap<>(scores(4, 4, 4, 4, 4));
    badScores.put("socialScore", 7L);
    assertThatThrownBy(() -> complete(task(instance), badScores))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("socialScore: «Жоғары әлеуметтік әсер» өлшемшарты бойынша баға 0 мен 5 аралығындағы "
            + "бүтін балл болуы тиіс (берілгені: 7)");
    complete(task(instance), scores(4, 4, 4, 4, 4));
    Map<String, Object> noForecast = new HashMap<>(impact(true));
    noForecast.remove("regulatoryImpact");
    noForecast.put("effectForecast", "");
    submit(instance, InitiativeProcess.TASK_STAGE_2, bulletin());
    submit(instance, InitiativeProcess.TASK_STAGE_3, decisionTree());
    submit(instance, InitiativeProcess.TASK_STAGE_4, keyProblems());
    assertThatThrownBy(() -> complete(task(instance), noForecast))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("effectForecast: «Әсердің болжамы» өрісін толтырыңыз")
        .hasMessageContaining("regulatoryImpact: бастама нормативтік құқықтық актілерді өзгертеді: реттеушілік әсерді "
            + "талдау міндетті");
    submit(instance, InitiativeProcess.TASK_STAGE_5, impact(true));

    assertThatThrownBy(() -> complete(task(instance), passport("850501300128")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("initiatorIin: ЖСН-нің бақылау разряды сәйкес келмейді (соңғы цифр 9 болуы тиіс)");
    Initiative initiative = initiatives.getByNumber(instance.getBusinessKey());
    assertThat(initiatives.passportOf(initiative.getId())).isEmpty();
    assertThat(task(instance)).hasDefinitionKey(InitiativeProcess.TASK_STAGE_6);
  }

  @Test
  void aProposalForAnUnknownProjectGroupIsRefusedInTheReadersLanguage() {
    Map<String, Object> proposal = proposal("MINISTRY");
    proposal.put(Vars.PROJECT_GROUP_CODE, "PG-NONE");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(InitiativeProcess.KEY, proposal))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectGroupCode: PG-NONE кодты жобалар тобы жоқ (мысалы, PG-3.3)");
    UserLanguage.serve(UserLanguage.RU, () ->
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(InitiativeProcess.KEY, proposal))
            .isInstanceOf(FormFieldValidationException.class)
            .hasMessageContaining("projectGroupCode: группы проектов с кодом PG-NONE нет (например, PG-3.3)"));
  }

  @Test
  void theInitiativeCanBeReadWithItsNumberStatusStageDocumentsAndPassport() {
    ProcessInstance instance = throughStageSix("MINISTRY");

    JsonNode view = rest.withBasicAuth("pohead", "demo")
        .getForObject("/api/initiatives/" + instance.getBusinessKey(), JsonNode.class);

    assertThat(view.path("number").asText()).isEqualTo(instance.getBusinessKey());
    assertThat(view.path("status").asText()).isEqualTo("INITIATIVE");
    assertThat(view.path("priorityClass").asText()).isEqualTo("HIGH");
    assertThat(view.path("stageDocuments").findValuesAsText("stage")).contains("1", "2", "3", "4", "5");
    assertThat(view.path("passport").path("initiatorIin").asText()).isEqualTo("000101500041");
    assertThat(view.path("passport").path("actions").size()).isPositive();
    ResponseEntity<JsonNode> unknown = rest.withBasicAuth("pohead", "demo")
        .getForEntity("/api/initiatives/INI-1999-0001", JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().path("detail").asText()).isEqualTo("INI-1999-0001 нөмірлі бастама жоқ");
  }

  private ProcessInstance throughStageSix(String level) {
    ProcessInstance instance = propose(level);
    complete(task(instance), scores(4, 4, 4, 4, 4));
    submit(instance, InitiativeProcess.TASK_STAGE_2, bulletin());
    submit(instance, InitiativeProcess.TASK_STAGE_3, decisionTree());
    submit(instance, InitiativeProcess.TASK_STAGE_4, keyProblems());
    submit(instance, InitiativeProcess.TASK_STAGE_5, impact(false));
    submit(instance, InitiativeProcess.TASK_STAGE_6, passport("000101500041"));
    return instance;
  }

  private void submit(ProcessInstance instance, String stageTask, Map<String, Object> fields) {
    Task stage = task(instance);
    assertThat(stage).hasDefinitionKey(stageTask);
    Map<String, Object> form = new HashMap<>(fields);
    form.put(Vars.STAGE_OUTCOME, "submit");
    complete(stage, form);
  }

  private ProcessInstance propose(String level) {
    identityService.setAuthentication("pomanager", List.of("po-chief-manager"));
    try {
      return runtimeService.startProcessInstanceByKey(InitiativeProcess.KEY, proposal(level));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Map<String, Object> proposal(String level) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.TITLE, "Өтініштерді цифрландыру");
    form.put(Vars.PROJECT_GROUP_CODE, DemoOrganisation.PUBLIC_APPEALS_GROUP);
    form.put(Vars.INITIATOR_NAME, "Сағынова Ләззат");
    form.put(Vars.DESCRIPTION, "Өтініштерді электронды қабылдау");
    form.put(Vars.LEVEL, level);
    return form;
  }

  private static Map<String, Object> scores(long alignment, long efficiency, long social, long beneficiary,
      long resource) {
    return Map.of("alignmentScore", alignment, "efficiencyScore", efficiency, "socialScore", social,
        "beneficiaryScore", beneficiary, "resourceScore", resource, "alignmentNote", "ҰДЖ 3-мақсаты");
  }

  private static Map<String, Object> bulletin() {
    return Map.of("sectorAnalysis", "2023–2025 жылдары өтініштер 40%-ға өсті",
        "internationalComparison", "Эстония: 99% электронды", "adoptionConsequences", "Қарау мерзімі қысқарады",
        "planningDocumentsChange", false);
  }

  private static Map<String, Object> decisionTree() {
    return Map.of("decisionFactors", SpinValues.jsonValue("[{\"factor\":\"Цифрлық сауаттылық\","
        + "\"factorRisks\":\"Егде жастағы азаматтар\",\"alternatives\":\"ХҚКО арқылы көмек\"}]").create());
  }

  private static Map<String, Object> keyProblems() {
    return Map.of("problemArea", "Қағаз өтініштер", "solutionJustification", "Электрондық арна",
        "solutionExamples", "eGov", "stakeholderInvolvement", "Азаматтармен кездесулер");
  }

  private static Map<String, Object> impact(boolean changesLegalActs) {
    Map<String, Object> form = new HashMap<>();
    form.put("gdpGrowth", 0.1);
    form.put("jobsCreated", 50L);
    form.put("wageGrowth", 2.5);
    form.put("effectForecast", "Үнемдеу 2 млрд теңге");
    form.put("changesLegalActs", changesLegalActs);
    if (changesLegalActs) {
      form.put("regulatoryImpact", "Бұйрыққа өзгеріс, реттеушілік әсер шамалы");
    }
    return form;
  }

  private static Map<String, Object> passport(String iin) {
    Map<String, Object> form = new HashMap<>();
    form.put("passportName", "Өтініштерді цифрландыру");
    form.put("initiatorSurname", "Сағынова");
    form.put("initiatorFirstName", "Ләззат");
    form.put("initiatorIin", iin);
    form.put("curatorName", "Вице-министр Ахметов А.");
    form.put("passportDirection", "Типтік базалық бағыт");
    form.put("keyIndicators", "Электронды өтініштер үлесі 90%");
    form.put("economicEffect", "Жылына 2 млрд теңге үнем");
    form.put("passportActions", SpinValues.jsonValue("[{\"actionName\":\"Жүйені әзірлеу\",\"actionDeadline\":"
        + "\"2026-09-30\"},{\"actionName\":\"Енгізу\",\"actionDeadline\":\"2026-12-31\"}]").create());
    return form;
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
