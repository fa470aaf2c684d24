package kz.jobalyq.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.CalendarRecalculation;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The calendar page: anyone signed in reads the year's exceptions and works out a deadline; the administrator
 * makes a day off, watches the open deadlines' recalculation reach 100 %, and takes the day back.
 */
@IntegrationTest
class CalendarPageBrowserTest {

  /** A Wednesday no other test edits. */
  private static final String EDITED_DAY = "2027-11-03";

  @LocalServerPort
  private int port;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private ManagementService managementService;

  @AfterEach
  void restore() {
    if (rest.withBasicAuth("demo", "demo").exchange("/api/calendar/days/" + EDITED_DAY, HttpMethod.DELETE, null,
        JsonNode.class).getStatusCode().is2xxSuccessful()) {
      CalendarRecalculation.runQueued(managementService);
    }
  }

  @Test
  void aMemberOfStaffReadsTheYearAndWorksOutADeadlineButCannotEdit() {
    try (Browser browser = Browser.open("kk")) {
      browser.run("calendar-staff", () -> {
        browser.signIn(base(), "lead", "demo");
        // The Welcome page the sign-in lands on links the platform's pages.
        browser.click(By.cssSelector("a[href='/calendar.html']"));
        browser.waitFor(By.cssSelector("#table-days tr[data-date]"));
        browser.goUntil(base() + "/calendar.html?year=2026", By.cssSelector("#table-days tr[data-date]"));
        // Nauryz moved from the weekend: a day off on Tuesday 24 March 2026 (the seeded law).
        WebElement nauryz = browser.waitFor(By.cssSelector("#table-days tr[data-date='2026-03-24']"));
        assertThat(nauryz.getText()).contains("24.03.2026", "сейсенбі", "Демалыс күні");
        assertThat(browser.driver().findElement(By.id("edit-panel")).isDisplayed()).isFalse();
        assertThat(browser.all(By.cssSelector("#table-days button.remove"))).isEmpty();

        // Five working days from Thursday 19 March 2026 end on Tuesday the 31st (the holidays in between).
        setDate(browser, "#deadline-form input[name=from]", "2026-03-19");
        browser.click(By.cssSelector("#deadline-form button[type=submit]"));
        browser.waitUntil(driver -> driver.findElement(By.id("deadline-answer")).getText().contains("31.03.2026"));
        assertThat(browser.driver().findElement(By.id("deadline-answer")).getText()).contains("сейсенбі", "23:59");
        browser.capture("calendar-staff");
      });
    }
  }

  @Test
  void theAdministratorMakesADayOffWatchesTheDeadlinesMoveAndTakesItBack() {
    try (Browser browser = Browser.open("kk")) {
      browser.run("calendar-admin", () -> {
        browser.signIn(base(), "demo", "demo");
        browser.goUntil(base() + "/calendar.html?year=2027", By.cssSelector("#edit-panel:not([hidden])"));

        setDate(browser, "#day-form input[name=date]", EDITED_DAY);
        new Select(browser.driver().findElement(By.cssSelector("#day-form select[name=kind]")))
            .selectByValue("DAY_OFF");
        browser.driver().findElement(By.cssSelector("#day-form input[name=name]"))
            .sendKeys("Үкімет қаулысы бойынша ауыстыру");
        browser.click(By.cssSelector("#day-form button[type=submit]"));

        // The edit answers at once; its recalculation shows, still running until the job executor takes it.
        browser.waitFor(By.cssSelector("#table-days tr[data-date='" + EDITED_DAY + "'][data-kind='DAY_OFF']"));
        browser.waitUntil(driver -> driver.findElement(By.id("day-answer")).getText().contains("сақталды"));
        // The table is drawn again every second while a run goes on: rows are looked up afresh each time.
        JsonNode latest = rest.withBasicAuth("demo", "demo").getForObject("/api/calendar/recalculations",
            JsonNode.class).get(0);
        String row = "#table-recalculations tbody tr[data-id='" + latest.path("id").asText() + "']";
        browser.waitUntil("the run listed", driver -> textOf(browser, row).contains("03.11.2027: Демалыс күні"));

        CalendarRecalculation.runQueued(managementService);
        // The page follows the run by itself and shows it finished, with what the API says it moved.
        browser.waitUntil("the run shown finished", driver -> !textOf(browser, row + ".finished").isEmpty());
        JsonNode finished = rest.withBasicAuth("demo", "demo").getForObject(latest.path("progress").asText(),
            JsonNode.class);
        assertThat(finished.path("finished").asBoolean()).isTrue();
        assertThat(textOf(browser, row)).contains("100 %");
        assertThat(textOf(browser, row + " td.moved")).isEqualTo(finished.path("moved").asText());
        browser.capture("calendar-admin");

        browser.click(By.cssSelector("#table-days tr[data-date='" + EDITED_DAY + "'] button.remove"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(driver -> driver.findElements(
            By.cssSelector("#table-days tr[data-date='" + EDITED_DAY + "']")).isEmpty());
        assertThat(rest.withBasicAuth("demo", "demo").getForObject("/api/calendar/days/" + EDITED_DAY,
            JsonNode.class).path("working").asBoolean()).isTrue();
      });
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** An element's text read in one step in the page (a table redrawn meanwhile leaves no stale handle); "" if none. */
  private static String textOf(Browser browser, String selector) {
    Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "const node = document.querySelector(arguments[0]); return node ? node.innerText.trim() : '';", selector);
    return String.valueOf(text);
  }

  /** Date inputs take the typed digits in the browser's locale order; the value is set as the page reads it. */
  private static void setDate(Browser browser, String selector, String isoDate) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "document.querySelector(arguments[0]).value = arguments[1];", selector, isoDate);
  }
}
