package kz.jobalyq.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A consultant hired with real applicants (000 §9): the base direction's group lead files the call from
 * Tasklist's start form, its head approves it, two candidates apply on the public page, and once the window
 * has closed the group reviews the applications in Russian, reading each candidate's education, experience
 * and the eligibility table's verdict, and schedules the interview for the one admitted; on its day the
 * interview is recorded, the panel signs the conclusion, the steering committee appoints the candidate, and
 * the contract and the project's budget are recorded.
 */
@IntegrationTest
class HiringTasklistBrowserTest {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

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
  private TestRestTemplate rest;
  @Autowired
  private ModelTranslations translations;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void candidatesApplyOnThePublicPageAndTheGroupReviewsThemInRussianThroughToTheContract() {
    LocalDate interviewDay = LocalDate.now(ALMATY).plusDays(7);
    try (Browser browser = Browser.open("ru")) {
      browser.run("hiring-ru", () -> {
        TasklistSession groupLead = TasklistSession.signIn(browser, port, "bdlead", "ru");
        groupLead.startProcess("консультант");
        groupLead.fillRequired(Map.of("Field_callScope", "Проект", "Field_roleSought",
            "Консультант по проектному управлению"));
        String number = groupLead.submitStartForm();
        ProcessInstance call = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult();

        List<String> approved = new TasklistWalk(browser, port, "ru", taskService, identityService, runtimeService,
            translations)
            .complete(number, Map.of("Field_callDecision", "0"), 1);
        assertThat(approved).singleElement().asString().startsWith("bdhead: ");
        assertThat(call).isWaitingAt(HiringProcess.TIMER_WINDOW_CLOSED);

        String eligible = applyOnThePublicPage(browser, number, "Асқар Нұрланов", "6", "2", "PMP 123");
        String tooJunior = applyOnThePublicPage(browser, number, "Ерлан Ахметов", "2", "5", "");
        // The ten days of the window pass.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(call.getId())
            .activityId(HiringProcess.TIMER_WINDOW_CLOSED).singleResult().getId());

        TasklistSession reviewer = TasklistSession.signIn(browser, port, "bdlead", "ru");
        reviewer.openTask(number, "Рассмотрение заявок");
        assertThat(reviewer.formText()).contains("Консультант по проектному управлению: ", eligible,
            "Асқар Нұрланов", tooJunior, "Ерлан Ахметов",
            "Образование: высшее", "опыт в отрасли: 6 лет", "сертификат: PMP 123", "сертификат: нет");
        reviewer.capture("hiring-application-review");
        reviewer.date("Field_interviewAt", interviewDay.toString());
        reviewer.time("Field_interviewAt", "10:00");
        reviewer.type("Field_reviewComment", "Рассмотрено группой");
        reviewer.completeAndWait();

        assertThat(call).isWaitingAt(HiringProcess.TASK_INTERVIEW);
        JsonNode published = rest.getForObject("/api/public/calls/" + number, JsonNode.class);
        assertThat(published.path("admittedCandidates").toString()).contains("Асқар Нұрланов")
            .doesNotContain("Ерлан Ахметов");

        // The interview day comes: the group records it, every panel member scoring and supporting the one
        // candidate; the panel signs the conclusion, the committee appoints, the contract and budget follow.
        ClockUtil.setCurrentTime(Date.from(interviewDay.atTime(15, 0).atZone(ALMATY).toInstant()));
        TasklistSession secretary = TasklistSession.signIn(browser, port, "bdlead", "ru");
        secretary.openTask(number, "Собеседование");
        assertThat(secretary.formText()).contains("Асқар Нұрланов").doesNotContain("Ерлан Ахметов");
        secretary.date("Field_interviewHeldAt", interviewDay.toString());
        secretary.time("Field_interviewHeldAt", "10:00");
        secretary.fillRequired(Map.of("Field_recordingReference", "https://vks.gov.kz/rec/42", "Field_vote",
            "true"));
        secretary.completeAndWait();
        // The head and the members who took part sign, each their own task (§9.6).
        List<String> signers = taskService.createTaskQuery().processInstanceId(call.getId())
            .taskDefinitionKey(HiringProcess.TASK_SIGN_CONCLUSION).list().stream().map(Task::getAssignee).toList();
        assertThat(signers).contains("bdhead", "bdlead");

        List<String> after = new TasklistWalk(browser, port, "ru", taskService, identityService, runtimeService,
            translations)
            .complete(number, Map.of("Field_appointmentDecision", "0", "Field_appointmentDecisionDate",
                interviewDay.toString(), "Field_contractDate", interviewDay.toString(),
                "Field_contractFee", "850000", "Field_correctedBudget", "12850000"), signers.size() + 3);
        List<String> people = after.stream().map(step -> step.substring(0, step.indexOf(':'))).toList();
        assertThat(people.subList(0, signers.size())).containsExactlyInAnyOrderElementsOf(signers);
        assertThat(people.get(signers.size())).isEqualTo("committee");
        assertThat(call).hasPassed(HiringProcess.TASK_APPOINT, HiringProcess.TASK_CONTRACT, HiringProcess.TASK_BUDGET);
        assertThat(call).isEnded().hasPassed(HiringProcess.END_HIRED);

        // The call's record page reads its decisions in Russian: steps by the model's names, composed outcomes
        // (how many were admitted, the corrected budget) in words.
        TasklistSession.signIn(browser, port, "bdlead", "ru");
        assertThat(browser.recordPage(port, number, "Решения"))
            .contains("Утверждение объявления", "Допущено к собеседованию: 1",
                "Бюджет проекта скорректирован: 12850000 тенге", "Кандидат назначен")
            .doesNotContain("ADMITTED_", "BUDGET_", "Task_", "APPOINTED");
        browser.capture("hiring-record-ru");
      });
    } finally {
      ClockUtil.reset();
    }
  }

  /** A candidate fills the call's application form on the public page and is given a reference. */
  private String applyOnThePublicPage(Browser browser, String number, String name, String fieldYears,
      String managementYears, String certificate) {
    browser.driver().manage().deleteAllCookies();
    browser.goUntil("http://localhost:" + port + "/public/calls.html", By.id(number));
    WebElement form = browser.waitFor(By.cssSelector("section[id='" + number + "'] form"));
    form.findElement(By.name("fullName")).sendKeys(name);
    form.findElement(By.name("email")).sendKeys("candidate-" + Integer.toHexString(name.hashCode()) + "@example.kz");
    new org.openqa.selenium.support.ui.Select(form.findElement(By.name("education"))).selectByValue("HIGHER");
    form.findElement(By.name("educationField")).sendKeys("Ақпараттық жүйелер");
    form.findElement(By.name("educationInField")).click();
    form.findElement(By.name("fieldExperienceYears")).sendKeys(fieldYears);
    form.findElement(By.name("projectManagementYears")).sendKeys(managementYears);
    form.findElement(By.name("certificate")).sendKeys(certificate);
    form.findElement(By.name("requestedFee")).sendKeys("900000");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement result = browser.waitFor(By.cssSelector("section[id='" + number + "'] .result.ok"));
    // "Ваша заявка принята. Регистрационный номер: CALL-2026-0001-APP-1" (a Russian browser)
    String text = result.getText();
    return text.substring(text.indexOf(number)).split("\\s")[0];
  }
}
