package kz.jobalyq.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestProjects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard page shows the same figures its API gives a process owner. */
@IntegrationTest
class DashboardBrowserTest {

  @LocalServerPort
  private int port;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests filings;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private ChangeRequestService changeRequests;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void thePageShowsTheApisFigures() {
    String request = filings.file(projects.ordinary(), "CHANGE", null).getBusinessKey();

    try (Browser browser = Browser.open("kk")) {
      browser.run("dashboard", () -> {
        // As a person would: signed in to the webapps, the dashboard uses the same session.
        browser.signIn("http://localhost:" + port, "pohead", "demo");
        browser.goUntil("http://localhost:" + port + "/dashboard.html", By.id("tile-projects"));
        browser.waitUntil(driver -> !driver.findElement(By.id("tile-projects")).getText().equals("–"));
        browser.waitUntil(driver -> !driver.findElement(By.id("tile-hiring")).getText().equals("–"));
        JsonNode api = rest.withBasicAuth("pohead", "demo").getForObject("/api/dashboard", JsonNode.class);

        assertThat(text(browser, "tile-projects")).isEqualTo(api.path("projects").path("total").asText());
        assertThat(text(browser, "tile-change-waiting"))
            .isEqualTo(api.path("changeRequests").path("waitingCount").asText()).isNotEqualTo("0");
        assertThat(text(browser, "tile-change-overdue"))
            .isEqualTo(api.path("changeRequests").path("overdueCount").asText());
        assertThat(text(browser, "tile-problems")).isEqualTo(api.path("problems").path("openCount").asText());
        assertThat(text(browser, "tile-deadlines")).isEqualTo(api.path("deadlines").path("count").asText());
        assertThat(text(browser, "tile-hiring")).isEqualTo(api.path("hiring").path("inProgressCount").asText());
        // The chart has a bar segment per base direction and status with projects.
        assertThat(browser.all(By.cssSelector("#chart-projects rect[data-status]"))).isNotEmpty();
        browser.capture("dashboard");

        // A record's number opens the record, read with the same session.
        browser.click(By.xpath("//table[@id='table-change-waiting']//a[normalize-space()='" + request + "']"));
        browser.waitUntil(driver -> driver.findElement(By.id("record-title")).getText().equals(request));
        browser.waitUntil(driver -> driver.findElement(By.id("record-body")).getText()
            .contains("Кестені 10 күнге жылжыту"));
        // Fields and codes in the reader's words, moments in Astana time: not the API's names.
        assertThat(field(browser, "status")).containsExactly("Мәртебесі", "Берілді");
        assertThat(field(browser, "reviewOverdue")).containsExactly("Қарау мерзімі өткен", "Жоқ");
        assertThat(field(browser, "filedAt").get(1)).matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");
        browser.capture("record");
      });
    }
  }

  @Test
  void aRecordsDecisionsReadInWords() {
    ProcessInstance filed = filings.file(projects.ordinary(), "CHANGE", null);
    String request = filed.getBusinessKey();
    complete(task(filed), Map.of(Vars.REVIEW_OUTCOME, ChangeRequestProcess.OUTCOME_ACCEPT));
    complete(task(filed), Map.of(Vars.SCHEDULE_SHIFT_DAYS, 10L, Vars.COST_CHANGE, 0L));
    Task decision = taskService.createTaskQuery().processInstanceId(filed.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_DECIDE).list().get(0);
    String approver = changeRequests.findByNumber(request).orElseThrow().getApproverGroups();
    complete(decision, Map.of(Vars.DECISION, ChangeRequestProcess.DECISION_APPROVE, Vars.DECISION_COMMENT, "Иә"));

    try (Browser browser = Browser.open("kk")) {
      browser.run("record-decisions", () -> {
        browser.signIn("http://localhost:" + port, "pohead", "demo");
        String page = browser.recordPage(port, request, "Шешімдер");
        // The decision log's outcomes in words: fixed ones by their label, a composed one with the role named.
        assertThat(page).contains("Бағалауға қабылданды", "Базалық жоспарға әсер етеді",
            "Орындауға қабылданды (" + Role.ofGroup(approver).orElseThrow().kazakhName() + ")")
            .doesNotContain("ACCEPTED_FOR_EVALUATION", "BASELINE_AFFECTED", "APPROVED_BY_");
        // Who decided, by name beside the id, as Tasklist names people.
        User lead = identityService.createUserQuery().userId("lead").singleResult();
        assertThat(page).contains(lead.getFirstName() + " " + lead.getLastName() + " (lead)");
        browser.capture("record-decisions");
      });
    }
  }

  @Test
  void aRecordIsReadOnlyByItsPeople() {
    String request = filings.file(projects.ordinary(), "CHANGE", null).getBusinessKey();
    try (Browser browser = Browser.open("kk")) {
      browser.run("record-foreign", () -> {
        browser.signIn("http://localhost:" + port, "lead2", "demo");
        browser.goUntil("http://localhost:" + port + "/record.html?number=" + request, By.id("record-status"));
        browser.waitUntil(driver -> driver.findElement(By.id("record-status")).getText()
            .contains("рұқсатыңыз жоқ"));
        assertThat(text(browser, "record-body")).isEmpty();
      });
    }
  }

  /** A record field's term and value as the record page shows them. */
  @SuppressWarnings("unchecked")
  private static List<String> field(Browser browser, String name) {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
        "const term = document.querySelector(`#record-body dt[data-field='${arguments[0]}']`);"
            + "return term ? [term.innerText.trim(), term.nextElementSibling.innerText.trim()] : [];", name);
  }

  private static String text(Browser browser, String id) {
    return browser.driver().findElement(By.id(id)).getText().strip();
  }
}
