package kz.jobalyq.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.security.IdentitySetup;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A project lead working in Kazakh: logs into Tasklist, finds the change request's review task by its number,
 * fills the Camunda Form and completes it, evaluates the change, and the decision lands with the project
 * group head — who sees it in their own Tasklist.
 */
@IntegrationTest
class ChangeRequestTasklistBrowserTest {

  @LocalServerPort
  private int port;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private TaskService taskService;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests filings;

  private JsonNode kazakh;

  @BeforeEach
  void setUp() throws IOException {
    init(engine);
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/resources/webjars/camunda/app/tasklist/locales/kk.json")) {
      kazakh = new ObjectMapper().readTree(in).path("labels");
    }
  }

  @Test
  void aProjectLeadReviewsAndEvaluatesAChangeRequestInKazakhTasklist() {
    ProcessInstance instance = filings.file(projects.ordinary(), "CHANGE", null);
    String number = instance.getBusinessKey();

    try (Browser browser = Browser.open("kk")) {
      browser.run("tasklist-kk", () -> walk(browser, instance, number));
    }
  }

  private void walk(Browser browser, ProcessInstance instance, String number) {
    {
      logIn(browser, "lead");
      openFilter(browser, IdentitySetup.FILTER_MY_GROUPS_TASKS);
      WebElement listed = browser.waitClickable(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(., '"
          + number + "')]"));
      assertThat(listed.getText()).contains(number, "Өзгеріске сұрау салуды қарау");
      listed.click();
      claim(browser);

      // The review form (Camunda Form, rendered by form-js in Tasklist), in Kazakh.
      browser.click(By.cssSelector("input[id$='Field_reviewOutcome-0']"));
      browser.waitFor(By.cssSelector("textarea[id$='Field_reviewComment']")).sendKeys("Бағалауға жіберілді");
      assertThat(browser.driver().getPageSource()).contains("Бағалауға қабылдау");
      browser.capture("tasklist-kk-change-request-review");
      complete(browser);
      browser.waitUntil(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(ChangeRequestProcess.TASK_EVALUATE).count() == 1);

      // The evaluation opens from the list as well: ten days' shift moves the baseline.
      browser.goUntil(tasklist(), filter(IdentitySetup.FILTER_MY_GROUPS_TASKS)).click();
      browser.waitClickable(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(., '" + number
          + "') and contains(., 'Өзгерістің әсерін бағалау')]")).click();
      claim(browser);
      browser.waitFor(By.cssSelector("input[id$='Field_scheduleShiftDays']")).sendKeys("10");
      browser.waitFor(By.cssSelector("input[id$='Field_costChange']")).sendKeys("0");
      browser.capture("tasklist-kk-change-request-evaluation");
      complete(browser);
      browser.waitUntil(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(ChangeRequestProcess.TASK_DECIDE).count() == 1);

      Task decision = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(decision).hasCandidateGroup("project-group-head");
      assertThat(instance).hasPassed(ChangeRequestProcess.TASK_REVIEW, ChangeRequestProcess.TASK_EVALUATE);

      // The project group head sees it in their Tasklist.
      browser.driver().manage().deleteAllCookies();
      logIn(browser, "pghead");
      openFilter(browser, IdentitySetup.FILTER_MY_GROUPS_TASKS);
      WebElement forHead = browser.waitFor(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(., '"
          + number + "')]"));
      assertThat(forHead.getText()).contains("Өзгеріске сұрау салу бойынша шешім");
      browser.capture("tasklist-kk-project-group-head");
    }
  }

  private void logIn(Browser browser, String user) {
    WebElement password = browser.goUntil(tasklist(), By.cssSelector("input[type=password]"));
    // The login page is in Kazakh: the browser's language picked the translation.
    assertThat(password.getAttribute("placeholder")).isEqualTo(kazakh.path("PAGE_LOGIN_PASSWORD").asText());
    browser.waitFor(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    password.sendKeys("demo");
    browser.waitClickable(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(filter(IdentitySetup.FILTER_MY_TASKS));
    // The language picker in the footer shows the language in use; choosing another reloads in it.
    assertThat(browser.waitFor(By.cssSelector("footer #jobalyq-language")).getAttribute("value")).isEqualTo("kk");
  }

  private static By filter(String name) {
    return By.xpath("//h4[contains(@class,'name')]/a[contains(normalize-space(text()), '" + name + "')]");
  }

  private static void openFilter(Browser browser, String name) {
    browser.waitClickable(filter(name)).click();
  }

  /** A candidate takes the task before the form opens for input (Tasklist's "claim"). */
  private void claim(Browser browser) {
    browser.click(By.cssSelector("button.claim"));
    browser.waitFor(By.xpath("//button[normalize-space()='" + kazakh.path("COMPLETE").asText() + "']"));
    browser.waitUntil(driver -> driver.findElements(By.cssSelector(".disabled-form")).isEmpty());
  }

  private void complete(Browser browser) {
    browser.click(By.xpath("//button[normalize-space()='" + kazakh.path("COMPLETE").asText() + "']"));
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }
}
