package kz.jobalyq.hiring;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.archive.ArchiveService;
import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.ArchivedPdf;
import kz.jobalyq.support.FormVariables;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The consultant-hiring process (§9, §79, §80) through each of its paths, with the public channel. */
@IntegrationTest
class HiringProcessTest {

  private static final String BD_GROUPS = "bd-group-lead";

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
  private HiringService hiring;
  @Autowired
  private HiringAppointments appointments;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private ArchiveService archive;

  @BeforeEach
  void setUp() {
    init(engine);
    at("2026-03-10T10:00:00+05:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void severalCandidatesFromPublicationToContract() {
    ProcessInstance instance = prepare("PROJECT", "CONSULTANT", null);
    assertThat(instance.getBusinessKey()).matches("CALL-2026-\\d{4}");
    Task approval = task(instance);
    assertThat(approval).hasDefinitionKey(HiringProcess.TASK_APPROVE).hasCandidateGroupAssociated("base-direction-head");
    assertThat(approval.getName()).startsWith(instance.getBusinessKey() + " · ");
    // Not public before approval.
    assertThat(rest.getForEntity("/api/public/calls/" + instance.getBusinessKey(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    complete(approval, "bdhead", Map.of(Vars.CALL_DECISION, "approve", Vars.APPROVAL_COMMENT, "Жариялансын"));

    // Published 10 March: applications until the end of 20 March; the review is due at the end of 30 March
    // (Nauryz and the moved days off 21–25 March, then the weekend, are skipped).
    assertThat(instance).isWaitingAt(HiringProcess.TIMER_WINDOW_CLOSED);
    Job window = windowTimer(instance);
    assertThat(window.getDuedate()).isEqualTo(date("2026-03-20T23:59:59+05:00"));
    JsonNode published = rest.getForObject("/api/public/calls/" + instance.getBusinessKey(), JsonNode.class);
    assertThat(published.path("applicationsUntil").asText()).isEqualTo("2026-03-20");
    assertThat(published.path("acceptingApplications").asBoolean()).isTrue();
    assertThat(published.path("requirements").toString()).contains("3 жыл", "1 жыл", "сертификат");
    assertThat(published.path("statusName").asText()).isEqualTo("Өтінімдер қабылданады");
    // A reader who chose Russian (the pages' cookie) reads the call's status, scope, role and requirements in Russian.
    HttpHeaders russian = new HttpHeaders();
    russian.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=ru");
    JsonNode inRussian = rest.exchange("/api/public/calls/" + instance.getBusinessKey(), HttpMethod.GET,
        new HttpEntity<>(russian), JsonNode.class).getBody();
    assertThat(inRussian.path("statusName").asText()).isEqualTo("Приём заявок");
    assertThat(inRussian.path("roleSought").asText()).isEqualTo("Консультант по проектному управлению");
    assertThat(inRussian.path("scope").asText()).isEqualTo("Проект");
    assertThat(inRussian.path("requirements").toString()).contains("не менее 3", "Сертификат");

    String first = apply(instance, "Асқар Нұрланов", "HIGHER", true, 6, 2, "PMP 123", 900000);
    String second = apply(instance, "Дана Серікқызы", "POSTGRADUATE", true, 4, 1.5, "IPMA C", 800000);
    at("2026-03-20T22:00:00+05:00");
    String third = apply(instance, "Ерлан Ахметов", "HIGHER", true, 2, 5, "PMP 9", 500000);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.APPLICATIONS_RECEIVED)).isEqualTo(3);

    at("2026-03-21T00:00:05+05:00");
    managementService.executeJob(window.getId());
    ResponseEntity<JsonNode> late = rest.postForEntity(applicationsOf(instance), json(application("Кеш Қалған",
        "HIGHER", true, 10, 10, "PMP", 1)), JsonNode.class);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().path("detail").asText()).isEqualTo("Өтінімдер қабылдау 2026-03-20 аяқталды ("
        + instance.getBusinessKey() + ")");

    Task review = task(instance);
    assertThat(review).hasDefinitionKey(HiringProcess.TASK_REVIEW).hasCandidateGroupAssociated(BD_GROUPS);
    assertThat(review.getDueDate()).isEqualTo(date("2026-03-30T23:59:59+05:00"));
    List<Map<String, Object>> rows = reviewRows(review);
    assertThat(rows).extracting(row -> row.get("reference")).containsExactly(first, second, third);
    assertThat(rows).extracting(row -> row.get("admitted")).containsExactly(true, true, false);
    assertThat(rows.get(2).get("tableResult").toString()).contains("3 жылдан кем");

    // Overriding the table without a reason is refused; nothing is recorded.
    rows.get(2).put("admitted", true);
    Map<String, Object> overridden = reviewAnswer(rows, "2026-04-01T10:00:00+05:00");
    assertThatThrownBy(() -> complete(review, "bdlead", overridden))
        .hasMessageContaining("applicationReview[3].overrideReason: " + third + " өтінімі бойынша шешім DMN алдын "
            + "ала тексеру нәтижесінен өзгеше — негіздемесін жазыңыз");
    rows.get(2).put("admitted", false);
    complete(review, "bdlead", reviewAnswer(rows, "2026-04-01T10:00:00+05:00"));

    JsonNode admittedList = rest.getForObject("/api/public/calls/" + instance.getBusinessKey(), JsonNode.class);
    assertThat(admittedList.path("admittedCandidates").toString()).contains("Асқар Нұрланов", "Дана Серікқызы")
        .doesNotContain("Ерлан Ахметов");
    assertThat(admittedList.toString()).doesNotContain("@example.kz", "900000", "PMP 123");
    assertThat(OffsetDateTime.parse(admittedList.path("interviewAt").asText()).toInstant())
        .isEqualTo(date("2026-04-01T10:00:00+05:00").toInstant());

    Task interview = task(instance);
    assertThat(interview).hasDefinitionKey(HiringProcess.TASK_INTERVIEW);
    // The form shows the planned date but does not offer it as the date the interview was held (§9.5–§9.6).
    assertThat(taskService.getVariable(interview.getId(), Vars.INTERVIEW_HELD_AT)).isNull();
    // Before the interview has taken place it cannot be recorded as held.
    at("2026-04-01T09:00:00+05:00");
    Map<String, Object> early = interviewAnswer(List.of(vote("bdhead", first, true), vote("bdlead", first, true)));
    assertThatThrownBy(() -> complete(interview, "bdlead", early))
        .hasMessageContaining("interviewHeldAt: сұхбат әлі өткен жоқ — өткізілген уақыт (2026-04-01T10:00) "
            + "болашақта бола алмайды");
    assertThat(hiring.requireByNumber(instance.getBusinessKey()).getInterviewHeldAt()).isNull();
    at("2026-04-01T12:00:00+05:00");
    complete(interview, "bdlead", interviewAnswer(List.of(
        vote("bdhead", first, true), vote("bdhead", second, false),
        vote("bdlead", first, true), vote("bdlead", second, false),
        vote("bdmanager", first, false), vote("bdmanager", second, true))));

    // The head and the two participating members sign; the conclusion is due 3 working days after 1 April.
    List<Task> signing = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(HiringProcess.TASK_SIGN_CONCLUSION).list();
    assertThat(signing).extracting(Task::getAssignee).containsExactlyInAnyOrder("bdhead", "bdlead", "bdmanager");
    assertThat(signing.get(0).getDueDate()).isEqualTo(date("2026-04-06T23:59:59+05:00"));
    assertThat(shown(signing.get(0), signing.get(0).getAssignee(), "kk", Vars.CONCLUSION_SUMMARY))
        .contains("Асқар Нұрланов");
    for (Task signature : signing) {
      complete(signature, signature.getAssignee(), Map.of(Vars.SIGNED, true));
    }
    HiringCall concluded = hiring.requireByNumber(instance.getBusinessKey());
    assertThat(concluded.getStatus()).isEqualTo(HiringCallStatus.CONCLUDED);
    assertThat(concluded.getConclusionPublishedOn()).isEqualTo("2026-04-01");
    assertThat(appointments.signaturesOf(concluded)).hasSize(3);
    JsonNode conclusion = rest.getForObject("/api/public/calls/" + instance.getBusinessKey(), JsonNode.class);
    assertThat(conclusion.path("selectedCandidate").asText()).isEqualTo("Асқар Нұрланов");

    Task appointment = task(instance);
    assertThat(appointment).hasDefinitionKey(HiringProcess.TASK_APPOINT).hasCandidateGroupAssociated("steering-committee");
    complete(appointment, "committee", Map.of(Vars.APPOINTMENT_DECISION, "appoint",
        Vars.APPOINTMENT_DECISION_NUMBER, "БК-12", Vars.APPOINTMENT_DECISION_DATE, "2026-04-03"));

    Task contract = task(instance);
    assertThat(contract).hasDefinitionKey(HiringProcess.TASK_CONTRACT).hasCandidateGroupAssociated("bd-chief-manager");
    assertThat(taskService.getVariable(contract.getId(), Vars.CONTRACT_FEE)).isEqualTo(new BigDecimal("900000.00"));
    complete(contract, "bdmanager", Map.of(Vars.CONTRACT_NUMBER, "Ш-7", Vars.CONTRACT_DATE, "2026-04-06",
        Vars.CONTRACT_FEE, 850000));
    Task budget = task(instance);
    assertThat(budget).hasDefinitionKey(HiringProcess.TASK_BUDGET);
    complete(budget, "bdmanager", Map.of(Vars.CORRECTED_BUDGET, 12850000, Vars.BUDGET_PERIOD, "2026 жыл"));

    assertThat(instance).isEnded().hasPassed(HiringProcess.END_HIRED).hasNotPassed(HiringProcess.TASK_NOMINATE_LEAD);
    HiringCall hired = hiring.requireByNumber(instance.getBusinessKey());
    assertThat(hired.getStatus()).isEqualTo(HiringCallStatus.HIRED);
    assertThat(hired.getContractFee()).isEqualByComparingTo("850000");
    assertThat(hiring.applicationsOf(hired)).extracting(CandidateApplication::getStatus)
        .containsExactly(ApplicationStatus.SELECTED, ApplicationStatus.NOT_SELECTED, ApplicationStatus.NOT_ADMITTED);
  }

  @Test
  void theCallAndTheConclusionAreShownInTheReadersLanguage() {
    ProjectSummary project = projects.ordinary();
    ProcessInstance instance = prepare("PROJECT", "PROJECT_LEAD", project.number());
    Task approval = task(instance);
    assertThat(shown(approval, "bdhead", "ru", Vars.CALL_SUMMARY)).contains("**Проект:** Өтініштерді цифрландыру",
        "**Искомая роль:** Руководитель проекта", "**Заказчик:** Цифрлық даму министрлігі",
        "Практический опыт работы в отрасли, лет: не менее 3").doesNotContain("Ізделетін");
    assertThat(shown(approval, "bdhead", "kk", Vars.CALL_SUMMARY)).contains("**Жоба:** Өтініштерді цифрландыру",
        "**Ізделетін рөл:** Жоба жетекшісі", "Саладағы практикалық жұмыс тәжірибесі кемінде 3 жыл");
    complete(approval, "bdhead", Map.of(Vars.CALL_DECISION, "approve", Vars.APPROVAL_COMMENT, "Иә"));
    String only = apply(instance, "Гүлнар Әбенова", "HIGHER", true, 5, 2, "PMP 77", 700000);
    closeWindow(instance);
    Task review = task(instance);
    complete(review, "bdlead", reviewAnswer(reviewRows(review), "2026-04-02T11:00:00+05:00"));
    at("2026-04-02T12:00:00+05:00");
    complete(task(instance), "bdlead", interviewAnswer("2026-04-02T11:00:00+05:00", List.of(
        vote("bdhead", only, true), vote("bdlead", only, true), vote("bdmanager", only, false))));

    Task signature = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(HiringProcess.TASK_SIGN_CONCLUSION).taskAssignee("bdhead").singleResult();
    assertThat(shown(signature, "bdhead", "ru", Vars.CONCLUSION_SUMMARY)).contains(
        "**Заключение по итогам собеседования** (02.04.2026, запись: https://vks.gov.kz/rec/42)",
        "Гүлнар Әбенова (" + only + "): поддержали 2, сумма баллов 63, запрашиваемое вознаграждение 700 000 ₸",
        "**Выбранный кандидат:** Гүлнар Әбенова").doesNotContain("қолдады");
    assertThat(shown(signature, "bdhead", "kk", Vars.CONCLUSION_SUMMARY)).contains(
        "**Сұхбат қорытындысы** (02.04.2026, жазба: https://vks.gov.kz/rec/42)",
        "Гүлнар Әбенова (" + only + "): қолдады 2, балдар сомасы 63, сұралатын ақы 700 000 ₸",
        "**Таңдалған кандидат:** Гүлнар Әбенова");
    signAll(instance);
    Task appointment = task(instance);
    assertThat(appointment).hasDefinitionKey(HiringProcess.TASK_APPOINT);
    assertThat(shown(appointment, "committee", "ru", Vars.CONCLUSION_SUMMARY))
        .contains("**Выбранный кандидат:** Гүлнар Әбенова");
    assertThat(shown(appointment, "committee", "kk", Vars.CONCLUSION_SUMMARY))
        .contains("**Таңдалған кандидат:** Гүлнар Әбенова");
  }

  @Test
  void aCandidateTheCommitteeDoesNotAppointBringsTheCallToTheRepublicationDecisionWithTheCommitteesWords() {
    ProcessInstance instance = singleCandidateChosen(projects.ordinary(), "PMP 78");
    signAll(instance);
    complete(task(instance), "committee", Map.of(Vars.APPOINTMENT_DECISION, "refuse",
        Vars.APPOINTMENT_DECISION_NUMBER, "БК-14", Vars.APPOINTMENT_DECISION_DATE, "2026-04-06",
        Vars.APPOINTMENT_COMMENT, "Тәжірибесі жеткіліксіз"));

    Task decision = task(instance);
    assertThat(decision).hasDefinitionKey(HiringProcess.TASK_REPUBLICATION);
    assertThat(shown(decision, "bdlead", "ru", Vars.REPUBLICATION_REASON))
        .isEqualTo("Управляющий комитет программы не назначил кандидата: Тәжірибесі жеткіліксіз");
    assertThat(shown(decision, "bdlead", "kk", Vars.REPUBLICATION_REASON))
        .isEqualTo("Бағдарламаның басқарушы комитеті кандидатты тағайындамады: Тәжірибесі жеткіліксіз");
  }

  @Test
  void aSingleCandidateIsDecidedOnTheirInterviewAndBecomesTheProjectLead() {
    ProjectSummary project = projects.ordinary();
    ProcessInstance instance = singleCandidateChosen(project, "PMP 77");
    signAll(instance);
    // The signed conclusion is filed in the project's archive as a document (§9.6).
    assertThat(ArchivedPdf.text(archive, project.number(), instance.getBusinessKey(),
        DocumentType.INTERVIEW_CONCLUSION))
        .contains("Әңгімелесу қорытындысы " + instance.getBusinessKey(), "Таңдалған кандидат: Гүлнар Әбенова",
            "https://vks.gov.kz/rec/42", "bdhead");
    complete(task(instance), "committee", Map.of(Vars.APPOINTMENT_DECISION, "appoint",
        Vars.APPOINTMENT_DECISION_NUMBER, "БК-13", Vars.APPOINTMENT_DECISION_DATE, "2026-04-06"));
    complete(task(instance), "bdmanager", Map.of(Vars.CONTRACT_NUMBER, "Ш-8", Vars.CONTRACT_DATE, "2026-04-07",
        Vars.CONTRACT_FEE, 700000));
    Task budget = task(instance);
    assertThat(taskService.getVariable(budget.getId(), Vars.CURRENT_BUDGET)).isNotNull();
    complete(budget, "bdmanager", Map.of(Vars.CORRECTED_BUDGET, 5700000, Vars.BUDGET_PERIOD, "2026 жыл"));
    assertThat(organisation.findProject(project.number()).orElseThrow().budget()).isEqualByComparingTo("5700000");

    // §80: the project group head assigns the role; the base direction group lead consents (or returns it).
    Task nomination = task(instance);
    assertThat(nomination).hasDefinitionKey(HiringProcess.TASK_NOMINATE_LEAD).hasCandidateGroupAssociated("project-group-head");
    assertThatThrownBy(() -> complete(nomination, "pghead", Map.of(Vars.LEAD_USER_ID, "nobody-here")))
        .hasMessageContaining("leadUserId: «nobody-here» деген пайдаланушы жоқ — алдымен Admin қосымшасында "
            + "кандидаттың есептік жазбасын ашыңыз");
    complete(nomination, "pghead", Map.of(Vars.LEAD_USER_ID, "team"));
    Task consent = task(instance);
    assertThat(consent).hasDefinitionKey(HiringProcess.TASK_LEAD_CONSENT).hasCandidateGroupAssociated("bd-group-lead");
    complete(consent, "bdlead", Map.of(Vars.LEAD_CONSENT_DECISION, "refuse", Vars.CONSENT_COMMENT, "Басқа есептік жазба"));
    assertThat(task(instance)).hasDefinitionKey(HiringProcess.TASK_NOMINATE_LEAD);
    complete(task(instance), "pghead", Map.of(Vars.LEAD_USER_ID, "team"));
    complete(task(instance), "bdlead", Map.of(Vars.LEAD_CONSENT_DECISION, "consent", Vars.CONSENT_COMMENT, "Келісемін"));

    assertThat(instance).isEnded().hasPassed(HiringProcess.TASK_ASSIGN_LEAD, HiringProcess.END_HIRED);
    assertThat(organisation.holdersOf(project.number(), Role.PROJECT_LEAD)).contains("team");
    assertThat(identityService.createUserQuery().userId("team").memberOfGroup("project-lead").count()).isEqualTo(1);
  }

  @Test
  void aSingleCandidateWithoutMajoritySupportIsNotChosenAndTheCallCanBeClosed() {
    ProcessInstance instance = approvedCall("PROJECT");
    String only = apply(instance, "Самат Бекұлы", "HIGHER", true, 5, 2, "PMP 5", 600000);
    closeWindow(instance);
    Task review = task(instance);
    complete(review, "bdlead", reviewAnswer(reviewRows(review), "2026-04-02T11:00:00+05:00"));
    at("2026-04-02T12:00:00+05:00");
    complete(task(instance), "bdlead", interviewAnswer(List.of(vote("bdhead", only, true),
        vote("bdlead", only, false))));

    Task decision = task(instance);
    assertThat(decision).hasDefinitionKey(HiringProcess.TASK_REPUBLICATION).hasCandidateGroupAssociated("bd-group-lead");
    // Why, on the decision's form, in the language its reader chose; Cockpit keeps the Kazakh text.
    assertThat(shown(decision, "bdlead", "ru", Vars.REPUBLICATION_REASON))
        .isEqualTo("По итогам собеседования кандидат не выбран (§9.5). Число членов, поддержавших кандидата: "
            + only + " — 1");
    assertThat(shown(decision, "bdlead", "kk", Vars.REPUBLICATION_REASON))
        .startsWith("Сұхбат нәтижесінде кандидат таңдалмады (§9.5).");
    assertThat(runtimeService.getVariable(instance.getId(), Vars.REPUBLICATION_REASON))
        .isEqualTo(shown(decision, "bdlead", "kk", Vars.REPUBLICATION_REASON));
    complete(decision, "bdlead", Map.of(Vars.REPUBLICATION_DECISION, "close", Vars.REPUBLICATION_COMMENT, "Қажет емес"));
    assertThat(instance).isEnded().hasPassed(HiringProcess.END_CLOSED);
    assertThat(hiring.requireByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(HiringCallStatus.CLOSED);
  }

  @Test
  void aTieIsDecidedByTheBaseDirectionHeadsVote() {
    ProcessInstance instance = approvedCall("PROJECT");
    String a = apply(instance, "Кандидат А", "HIGHER", true, 5, 2, "PMP", 600000);
    String b = apply(instance, "Кандидат Б", "HIGHER", true, 5, 2, "PMP", 650000);
    closeWindow(instance);
    Task review = task(instance);
    complete(review, "bdlead", reviewAnswer(reviewRows(review), "2026-04-02T11:00:00+05:00"));

    Task interview = task(instance);
    at("2026-04-02T12:00:00+05:00");
    // Two against two; the head supports Б, so Б is chosen — computed, not picked.
    complete(interview, "bdlead", interviewAnswer(List.of(vote("bdhead", b, true), vote("bdlead", a, true),
        vote("bdmanager", a, true), vote("bdadmin", b, true))));
    HiringCall call = hiring.requireByNumber(instance.getBusinessKey());
    assertThat(call.isTieBrokenByHead()).isTrue();
    assertThat(hiring.selectedCandidate(call).orElseThrow().getReference()).isEqualTo(b);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.SELECTED_CANDIDATE)).isEqualTo(b);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(HiringProcess.TASK_SIGN_CONCLUSION).count()).isEqualTo(4);
  }

  @Test
  void zeroEligibleApplicationsLeadToRepublicationWithANewWindow() {
    ProcessInstance instance = approvedCall("PROJECT");
    apply(instance, "Тәжірибесіз Үміткер", "SECONDARY", false, 1, 0, null, 100000);
    closeWindow(instance);
    Task review = task(instance);
    assertThat(reviewRows(review)).extracting(row -> row.get("admitted")).containsExactly(false);
    complete(review, "bdlead", reviewAnswer(reviewRows(review), null));

    Task decision = task(instance);
    assertThat(decision).hasDefinitionKey(HiringProcess.TASK_REPUBLICATION);
    assertThat(shown(decision, "bdlead", "ru", Vars.REPUBLICATION_REASON))
        .isEqualTo("Заявки рассмотрены: ни один кандидат не допущен к собеседованию (§9.3).");
    assertThat(shown(decision, "bdlead", "kk", Vars.REPUBLICATION_REASON))
        .isEqualTo("Өтінімдер қаралды: сұхбатқа жіберілген кандидат жоқ (§9.3).");
    at("2026-04-01T09:00:00+05:00");
    complete(decision, "bdlead", Map.of(Vars.REPUBLICATION_DECISION, "republish",
        Vars.REPUBLICATION_COMMENT, "Қайта жариялансын"));

    // Published again on 1 April: ten calendar days to the end of 11 April — a Saturday, so Monday 13 April.
    assertThat(instance).isWaitingAt(HiringProcess.TIMER_WINDOW_CLOSED);
    assertThat(windowTimer(instance).getDuedate()).isEqualTo(date("2026-04-13T23:59:59+05:00"));
    HiringCall republished = hiring.requireByNumber(instance.getBusinessKey());
    assertThat(republished.getPublicationRound()).isEqualTo(2);
    assertThat(republished.getStatus()).isEqualTo(HiringCallStatus.OPEN);
    assertThat(hiring.applicationsOf(republished)).isEmpty();
  }

  @Test
  void aCallPublishedOnTheThirteenthOfMarchEndsAfterTheHolidays() {
    at("2026-03-13T09:00:00+05:00");
    ProcessInstance instance = approvedCall("PROJECT");
    // The 10th day, 23 March, is a day off (Nauryz and the moved days 21–25 March): the 26th is the last day.
    assertThat(windowTimer(instance).getDuedate()).isEqualTo(date("2026-03-26T23:59:59+05:00"));
    assertThat(hiring.requireByNumber(instance.getBusinessKey()).getApplicationsUntil()).isEqualTo("2026-03-26");
  }

  @Test
  void programmeCallsAskForFiveAndThreeYears() {
    ProcessInstance programme = approvedCall("PROGRAMME");
    String fourYears = apply(programme, "Төрт Жылдық", "HIGHER", true, 4, 3, "PMP", 1);
    String enough = apply(programme, "Бес Жылдық", "HIGHER", true, 5, 3, "PMP", 1);
    closeWindow(programme);
    List<Map<String, Object>> rows = reviewRows(task(programme));
    assertThat(rows).extracting(row -> row.get("reference")).containsExactly(fourYears, enough);
    assertThat(rows).extracting(row -> row.get("admitted")).containsExactly(false, true);
    assertThat(rows.get(0).get("tableResult").toString()).contains("5 жылдан кем");
    JsonNode published = rest.getForObject("/api/public/calls/" + programme.getBusinessKey(), JsonNode.class);
    assertThat(published.path("requirements").toString()).contains("5 жыл", "3 жыл");
  }

  @Test
  void reviewAndConclusionDeadlinesRemindAndWarn() {
    ProcessInstance instance = approvedCall("PROJECT");
    String only = apply(instance, "Мерзім Тексеру", "HIGHER", true, 5, 2, "PMP", 1);
    closeWindow(instance);
    // Review due 30 March: the reminder starts the working day before, the overdue notice goes to the head.
    Job reminder = boundaryTimer(instance, HiringProcess.BOUNDARY_REVIEW_REMINDER);
    assertThat(reminder.getDuedate()).isEqualTo(date("2026-03-27T00:00:00+05:00"));
    managementService.executeJob(reminder.getId());
    Job overdue = boundaryTimer(instance, HiringProcess.BOUNDARY_REVIEW_OVERDUE);
    managementService.executeJob(overdue.getId());
    assertThat(notices("base-direction-head", instance.getBusinessKey())).isNotEmpty();
    assertThat(instance).hasPassed(HiringProcess.TASK_REVIEW_OVERDUE, HiringProcess.TASK_REVIEW_REMINDER);

    Task review = task(instance, HiringProcess.TASK_REVIEW);
    at("2026-03-31T09:00:00+05:00");
    complete(review, "bdlead", reviewAnswer(reviewRows(review), "2026-04-03T10:00:00+05:00"));
    at("2026-04-03T12:00:00+05:00");
    complete(task(instance, HiringProcess.TASK_INTERVIEW), "bdlead",
        interviewAnswer("2026-04-03T10:00:00+05:00", List.of(vote("bdhead", only, true), vote("bdlead", only, true))));
    // Conclusion due 3 working days after Friday 3 April: Wednesday 8 April. Unsigned by then: a warning.
    Job late = boundaryTimer(instance, HiringProcess.BOUNDARY_CONCLUSION_OVERDUE);
    assertThat(late.getDuedate()).isEqualTo(date("2026-04-08T23:59:59+05:00"));
    managementService.executeJob(boundaryTimer(instance, HiringProcess.BOUNDARY_CONCLUSION_REMINDER).getId());
    managementService.executeJob(late.getId());
    assertThat(instance).hasPassed(HiringProcess.TASK_CONCLUSION_OVERDUE, HiringProcess.TASK_CONCLUSION_REMINDER);
    assertThat(notices("bd-group-lead", instance.getBusinessKey())).hasSizeGreaterThanOrEqualTo(2);
    assertThat(instance).isWaitingAt(HiringProcess.TASK_SIGN_CONCLUSION);
  }

  @Test
  void theApprovingHeadCanReturnTheCallForRevision() {
    ProcessInstance instance = prepare("PROJECT", "CONSULTANT", null);
    complete(task(instance), "bdhead", Map.of(Vars.CALL_DECISION, "revise", Vars.APPROVAL_COMMENT,
        "Мақсаттарын нақтылаңыз"));
    Task revision = task(instance);
    assertThat(revision).hasDefinitionKey(HiringProcess.TASK_REVISE).hasCandidateGroupAssociated("bd-admin");
    assertThat(taskService.getVariable(revision.getId(), Vars.APPROVAL_COMMENT)).isEqualTo("Мақсаттарын нақтылаңыз");
    assertThat(taskService.getVariable(revision.getId(), Vars.PROJECT_NAME)).isEqualTo("Өтініштерді цифрландыру");
    Map<String, Object> revised = callForm("PROJECT", "CONSULTANT", null);
    revised.put(Vars.GOALS, "Өтініштерді қарау мерзімін 30%-ға қысқарту");
    complete(revision, "bdlead", revised);
    assertThat(task(instance)).hasDefinitionKey(HiringProcess.TASK_APPROVE);
    assertThat(hiring.requireByNumber(instance.getBusinessKey()).getGoals()).contains("30%");
  }

  @Test
  void thePublicEndpointAnswersBadInputUnknownAndClosedCallsClearly() {
    ProcessInstance instance = approvedCall("PROJECT");

    ResponseEntity<JsonNode> empty = rest.postForEntity(applicationsOf(instance), json("{}"), JsonNode.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().path("errors").findValuesAsText("field"))
        .contains("fullName", "email", "education", "fieldExperienceYears", "requestedFee");
    // Each field at fault is named, and why is said in the applicant's language (Kazakh unless they read Russian).
    assertThat(fieldErrors(empty)).containsEntry("fullName", "аты-жөніңізді жазыңыз")
        .containsEntry("requestedFee", "сұралатын қызмет ақысын теңгемен көрсетіңіз");
    assertThat(empty.getBody().path("detail").asText()).startsWith("өтінімдегі қате толтырылған өрістер саны: ");
    HttpHeaders russian = new HttpHeaders();
    russian.setContentType(MediaType.APPLICATION_JSON);
    russian.set(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9");
    ResponseEntity<JsonNode> emptyInRussian = rest.postForEntity(applicationsOf(instance),
        new HttpEntity<>("{}", russian), JsonNode.class);
    assertThat(fieldErrors(emptyInRussian)).containsEntry("fullName", "укажите ФИО")
        .containsEntry("requestedFee", "укажите запрашиваемое вознаграждение в тенге");

    String tooLong = application("А".repeat(301), "HIGHER", true, 5, 2, "PMP", 1);
    ResponseEntity<JsonNode> oversized = rest.postForEntity(applicationsOf(instance), json(tooLong), JsonNode.class);
    assertThat(oversized.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(oversized.getBody().path("errors").findValuesAsText("field")).containsExactly("fullName");
    assertThat(fieldErrors(oversized)).containsEntry("fullName", "300 таңбадан аспауы тиіс");

    ResponseEntity<JsonNode> badEducation = rest.postForEntity(applicationsOf(instance),
        json(application("Ф", "DOCTORATE", true, 5, 2, "PMP", 1)), JsonNode.class);
    assertThat(badEducation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // Larger than any honest application: refused before it is read.
    ResponseEntity<JsonNode> huge = rest.postForEntity(applicationsOf(instance),
        json(application("Ф", "HIGHER", true, 5, 2, "x".repeat(40_000), 1)), JsonNode.class);
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

    assertThat(rest.postForEntity("/api/public/calls/CALL-1999-0001/applications",
        json(application("Ф", "HIGHER", true, 5, 2, "PMP", 1)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(hiring.applicationsOf(hiring.requireByNumber(instance.getBusinessKey()))).isEmpty();

    closeWindow(instance);
    ResponseEntity<JsonNode> closed = rest.postForEntity(applicationsOf(instance),
        json(application("Ф", "HIGHER", true, 5, 2, "PMP", 1)), JsonNode.class);
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> closedInRussian = rest.postForEntity(applicationsOf(instance),
        new HttpEntity<>(application("Ф", "HIGHER", true, 5, 2, "PMP", 1), russian), JsonNode.class);
    assertThat(closedInRussian.getBody().path("detail").asText()).startsWith("Приём заявок завершён ");
    assertThat(hiring.applicationsOf(hiring.requireByNumber(instance.getBusinessKey()))).isEmpty();

    // The public page is served without login and the list is public; the staff view is not.
    assertThat(rest.getForEntity("/public/calls.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/public/calls", String.class).getBody()).contains(instance.getBusinessKey());
    assertThat(rest.getForEntity("/api/hiring/calls/" + instance.getBusinessKey(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("bdlead", "demo").getForEntity("/api/hiring/calls/" + instance.getBusinessKey(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // --- helpers ---

  private static Map<String, String> fieldErrors(ResponseEntity<JsonNode> answer) {
    Map<String, String> errors = new HashMap<>();
    answer.getBody().path("errors").forEach(error -> errors.put(error.path("field").asText(),
        error.path("message").asText()));
    return errors;
  }

  private ProcessInstance approvedCall(String scope) {
    ProcessInstance instance = prepare(scope, "CONSULTANT", null);
    complete(task(instance), "bdhead", Map.of(Vars.CALL_DECISION, "approve", Vars.APPROVAL_COMMENT, "Иә"));
    return instance;
  }

  private ProcessInstance prepare(String scope, String role, String projectNumber) {
    identityService.setAuthentication("bdlead", List.of("bd-group-lead"));
    ProcessInstance started;
    try {
      started = runtimeService.startProcessInstanceByKey(HiringProcess.KEY, callForm(scope, role, projectNumber));
    } finally {
      identityService.clearAuthentication();
    }
    // The business key is set by the registration step, after the start.
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
  }

  private static Map<String, Object> callForm(String scope, String role, String projectNumber) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.SCOPE, scope);
    form.put(Vars.ROLE_SOUGHT, role);
    form.put(Vars.PROJECT_NUMBER, projectNumber);
    form.put(Vars.PROJECT_NAME, "Өтініштерді цифрландыру");
    form.put(Vars.CUSTOMER, "Цифрлық даму министрлігі");
    form.put(Vars.GOALS, "Өтініштерді қарау мерзімін қысқарту");
    form.put(Vars.PLANNED_DEADLINES, "2026 жылғы сәуір – 2027 жылғы наурыз");
    return form;
  }

  private String apply(ProcessInstance instance, String name, String education, boolean inField, double fieldYears,
      double pmYears, String certificate, long fee) {
    ResponseEntity<JsonNode> answer = rest.postForEntity(applicationsOf(instance),
        json(application(name, education, inField, fieldYears, pmYears, certificate, fee)), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return answer.getBody().path("reference").asText();
  }

  private static String applicationsOf(ProcessInstance instance) {
    return "/api/public/calls/" + instance.getBusinessKey() + "/applications";
  }

  private static String application(String name, String education, boolean inField, double fieldYears,
      double pmYears, String certificate, long fee) {
    // One application per candidate (e-mail) and call: each name is a candidate of its own.
    String email = "candidate-" + Integer.toHexString(name.hashCode()) + "@example.kz";
    return "{\"fullName\":\"" + name + "\",\"email\":\"" + email + "\",\"phone\":\"+7 701 000 00 00\","
        + "\"education\":\"" + education + "\",\"educationField\":\"Ақпараттық жүйелер\",\"educationInField\":"
        + inField + ",\"fieldExperienceYears\":" + fieldYears + ",\"projectManagementYears\":" + pmYears
        + (certificate == null ? "" : ",\"certificate\":\"" + certificate + "\"")
        + ",\"requestedFee\":" + fee + ",\"references\":\"Ұсыным хат\"}";
  }

  private void closeWindow(ProcessInstance instance) {
    managementService.executeJob(windowTimer(instance).getId());
  }

  private Job windowTimer(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(HiringProcess.TIMER_WINDOW_CLOSED).singleResult();
  }

  private Job boundaryTimer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> reviewRows(Task review) {
    Object value = taskService.getVariable(review.getId(), Vars.APPLICATION_REVIEW);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row : (List<Object>) org.camunda.spin.Spin.JSON(value.toString()).mapTo(List.class)) {
      rows.add(new HashMap<>((Map<String, Object>) row));
    }
    return rows;
  }

  private static Map<String, Object> reviewAnswer(List<Map<String, Object>> rows, String interviewAt) {
    Map<String, Object> answer = new HashMap<>();
    answer.put(Vars.APPLICATION_REVIEW, org.camunda.spin.Spin.JSON(rows).toString());
    answer.put(Vars.INTERVIEW_AT, interviewAt);
    answer.put(Vars.REVIEW_COMMENT, "Қаралды");
    return answer;
  }

  private static Map<String, Object> vote(String member, String candidate, boolean supports) {
    Map<String, Object> row = new HashMap<>();
    row.put("member", member);
    row.put("candidate", candidate);
    row.put("experienceScore", 8);
    row.put("professionalScore", 7);
    row.put("feeScore", 6);
    row.put("vote", supports);
    return row;
  }

  private static Map<String, Object> interviewAnswer(List<Map<String, Object>> votes) {
    return interviewAnswer("2026-04-01T10:00:00+05:00", votes);
  }

  private static Map<String, Object> interviewAnswer(String heldAt, List<Map<String, Object>> votes) {
    return Map.of(Vars.INTERVIEW_HELD_AT, heldAt,
        Vars.RECORDING_REFERENCE, "https://vks.gov.kz/rec/42", Vars.INTERVIEW_SCORES,
        org.camunda.spin.Spin.JSON(votes).toString(), Vars.INTERVIEW_NOTES, "Бейнеконференция арқылы өтті");
  }

  /**
   * A project lead sought for {@code project}: the call approved, one candidate (with {@code certificate}) applying,
   * admitted and interviewed on 2 April; two of three support her, so most of the interview supports the only
   * candidate and she is chosen. The conclusion waits for its signatures.
   */
  private ProcessInstance singleCandidateChosen(ProjectSummary project, String certificate) {
    ProcessInstance instance = prepare("PROJECT", "PROJECT_LEAD", project.number());
    complete(task(instance), "bdhead", Map.of(Vars.CALL_DECISION, "approve", Vars.APPROVAL_COMMENT, "Иә"));
    String only = apply(instance, "Гүлнар Әбенова", "HIGHER", true, 5, 2, certificate, 700000);
    closeWindow(instance);
    Task review = task(instance);
    complete(review, "bdlead", reviewAnswer(reviewRows(review), "2026-04-02T11:00:00+05:00"));
    at("2026-04-02T12:00:00+05:00");
    complete(task(instance), "bdlead", interviewAnswer(List.of(vote("bdhead", only, true),
        vote("bdlead", only, true), vote("bdmanager", only, false))));
    return instance;
  }

  private void signAll(ProcessInstance instance) {
    for (Task signature : taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(HiringProcess.TASK_SIGN_CONCLUSION).list()) {
      complete(signature, signature.getAssignee(), Map.of(Vars.SIGNED, true));
    }
  }

  private List<Task> notices(String group, String number) {
    return taskService.createTaskQuery().taskCandidateGroup(group).taskNameLike(number + "%").list().stream()
        .filter(task -> task.getProcessInstanceId() == null).toList();
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task task(ProcessInstance instance, String definitionKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  private void complete(Task task, String user, Map<String, Object> variables) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A summary on the task's form as {@code user} reads it in {@code language}. */
  private String shown(Task task, String user, String language, String variable) {
    return FormVariables.shown(rest, task.getId(), user, language, variable);
  }

  private static void at(String moment) {
    ClockUtil.setCurrentTime(date(moment));
  }

  private static Date date(String moment) {
    return Date.from(OffsetDateTime.parse(moment).toInstant());
  }
}
