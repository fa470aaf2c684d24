package kz.jobalyq.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TasklistWalk;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * and the eligibility table's verdict, and schedules the interview for the one admitted.
 */
@IntegrationTest
class HiringTasklistBrowserTest {

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

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void candidatesApplyOnThePublicPageAndTheGroupReviewsThemInRussian() {
    try (Browser browser = Browser.open("ru")) {
      browser.run("hiring-ru", () -> {
        TasklistSession groupLead = TasklistSession.signIn(browser, port, "bdlead", "ru");
        groupLead.startProcess("консультант");
        groupLead.fillRequired(Map.of("Field_callScope", "Проект", "Field_roleSought",
            "Консультант по проектному управлению"));
        String number = groupLead.submitStartForm();
        ProcessInstance call = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult();

        List<String> approved = new TasklistWalk(browser, port, "ru", taskService, identityService, runtimeService)
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
        reviewer.date("Field_interviewAt", LocalDate.now().plusDays(7).toString());
        reviewer.time("Field_interviewAt", "10:00");
        reviewer.type("Field_reviewComment", "Рассмотрено группой");
        reviewer.completeAndWait();

        assertThat(call).isWaitingAt(HiringProcess.TASK_INTERVIEW);
        JsonNode published = rest.getForObject("/api/public/calls/" + number, JsonNode.class);
        assertThat(published.path("admittedCandidates").toString()).contains("Асқар Нұрланов")
            .doesNotContain("Ерлан Ахметов");
      });
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
    // "Өтініміңіз қабылданды. Тіркеу нөмірі: CALL-2026-0001-APP-1 / Ваша заявка принята…"
    String text = result.getText();
    return text.substring(text.indexOf(number)).split("\\s")[0];
  }
}
