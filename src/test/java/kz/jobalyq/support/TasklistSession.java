package kz.jobalyq.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person working in Tasklist through its own buttons, in Kazakh or Russian: signs in, starts a process
 * from its start form, opens a task from the first screen ("Менің жұмысым"), fills the Camunda Form and
 * completes it. Fields are found by their component ids ({@code Field_reviewOutcome}), buttons by the
 * webapp's own translated labels, so a test reads as the person acts.
 */
public final class TasklistSession {

  private final Browser browser;
  private final String baseUrl;
  private final String language;
  private final JsonNode labels;
  /** Signed in and showing the first screen untouched: the first search needs no second page load. */
  private boolean freshFirstScreen;

  private TasklistSession(Browser browser, String baseUrl, String language) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.language = language;
    this.labels = labels(language);
  }

  /** Opens Tasklist in a fresh browser session and signs in; the UI language is the browser's. */
  public static TasklistSession signIn(Browser browser, int port, String user, String language) {
    TasklistSession session = new TasklistSession(browser, "http://localhost:" + port, language);
    session.signInAs(user);
    return session;
  }

  public Browser browser() {
    return browser;
  }

  /** The webapp's own word for a key of its locale file (COMPLETE, CLAIM…), in this session's language. */
  public String label(String key) {
    return labels.path(key).asText();
  }

  public void signInAs(String user) {
    browser.driver().manage().deleteAllCookies();
    browser.goUntil(tasklist(), By.cssSelector("input[type=password]"));
    browser.submitLogin(user, "demo");
    browser.waitFor(By.cssSelector("ol.tasks-list, .tasks-list .well, section.tasks-list"));
    browser.waitUntil("Tasklist's form patches to load", driver -> "true".equals(String.valueOf(
        ((JavascriptExecutor) driver).executeScript("return window.jobalyqFormsPatched === true"))));
    freshFirstScreen = true;
  }

  // --- starting a process ---

  /** Tasklist's "Start process", the process chosen by its (translated) name; the start form opens. */
  public void startProcess(String processName) {
    freshFirstScreen = false;
    browser.click(By.cssSelector("li.start-process-action a"));
    By process = By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]"
        + "//a[contains(normalize-space(.), '" + processName + "')]");
    By form = By.cssSelector(".modal-dialog .fjs-container");
    browser.waitFor(process);
    // Tasklist may draw the list again just as it is clicked (a busy machine: CI lost one such click); a click on
    // the link it replaced is lost, so the process is clicked again for as long as the list is still shown.
    browser.waitUntil("the start form of " + processName, driver -> {
      if (!driver.findElements(form).isEmpty()) {
        return true;
      }
      driver.findElements(process).stream().findFirst().ifPresent(link -> {
        try {
          link.click();
        } catch (WebDriverException replacedOrCovered) {
          // asked again at the next poll
        }
      });
      return false;
    });
  }

  /**
   * The names of the processes Tasklist's "Start process" offers this person (its first page: those their
   * groups may start), the dialog closed again. Waits for the list, so the person must be offered one at least.
   */
  public List<String> startableProcesses() {
    freshFirstScreen = false;
    browser.click(By.cssSelector("li.start-process-action a"));
    By offered = By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a");
    browser.waitFor(offered);
    List<String> names = browser.all(offered).stream().map(WebElement::getText).map(String::strip).toList();
    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    browser.waitUntil("the Start process dialog to close",
        driver -> driver.findElements(By.cssSelector(".modal-dialog")).isEmpty());
    return names;
  }

  /** Presses the start form's start button, as {@link #submitStartForm()} without waiting for a number. */
  public void pressStart() {
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='"
        + label("START") + "']"));
  }

  /** Presses the start form's start button and answers the number the filer is shown. */
  public String submitStartForm() {
    pressStart();
    WebElement registered = browser.waitFor(By.id("jobalyq-registered"));
    String text = registered.findElement(By.tagName("strong")).getText();
    return text.substring(text.indexOf(':') + 1).strip();
  }

  // --- working on a task ---

  /** Opens the task from the first screen by its record number and (part of) its name. */
  public void openTask(String number, String namePart) {
    searchFor(number);
    By task = By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + number + "') and contains(., '"
        + namePart + "')]");
    browser.click(task);
    claimIfOffered();
    browser.waitFor(By.cssSelector(".task-details .fjs-container, .task-details form"));
  }

  /** Whether the first screen lists a task of the record with that name part. */
  public boolean sees(String number, String namePart) {
    searchFor(number);
    browser.waitFor(By.cssSelector("ol.tasks-list, section.tasks-list .well"));
    return !browser.all(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + number
        + "') and contains(., '" + namePart + "')]")).isEmpty();
  }

  /**
   * A task several people may take opens read-only until one of them claims it. The claim button renders a
   * moment after the form: until either it shows or the form is editable, the task is still loading.
   */
  public void claimIfOffered() {
    By claim = By.cssSelector(".task-details button.claim");
    browser.waitUntil("the task to offer a claim or an editable form", driver -> claimShown(driver, claim)
        || (!driver.findElements(By.cssSelector(".task-details .fjs-container")).isEmpty()
            && driver.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty()));
    if (claimShown(browser.driver(), claim)) {
      browser.click(claim);
    }
    untilTaskFormEditable();
  }

  private static boolean claimShown(org.openqa.selenium.WebDriver driver, By claim) {
    return driver.findElements(claim).stream().anyMatch(WebElement::isDisplayed);
  }

  /** What the open form shows: its texts with the record, its labels, and the values in its fields. */
  public String formText() {
    WebElement form = container();
    StringBuilder shown = new StringBuilder(form.getText());
    for (WebElement field : form.findElements(By.cssSelector(
        "input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea"))) {
      String value = field.getAttribute("value");
      if (value != null && !value.isBlank()) {
        shown.append('\n').append(value);
      }
    }
    return shown.toString();
  }

  public void type(String componentId, String text) {
    WebElement input = field(componentId);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Fills every required field the open form still has empty, and every field named in {@code values} (by
   * component id, e.g. {@code Field_projectGroupCode}; an option's label, a radio's index, an ISO date), as
   * a person would: some text, the number 5, a date weeks ahead, the first option. Answers the fields filled.
   */
  public List<String> fillRequired(Map<String, String> values) {
    // Just claimed: Tasklist reloads the task's form, read-only until then.
    untilTaskFormEditable();
    List<WebElement> fields = container().findElements(By.cssSelector(".fjs-form-field"));
    List<String> filled = new ArrayList<>();
    int dates = 0;
    for (WebElement field : fields) {
      if (!field.isDisplayed()) {
        continue;
      }
      String type = String.valueOf(field.getAttribute("class")).replaceAll(".*?fjs-form-field-(\\w+).*", "$1");
      List<WebElement> inputs = field.findElements(By.cssSelector(
          "input:not([type=hidden]):not(.fjs-select-hidden-input), textarea"));
      // A select shows a div, not an input: its id is on the hidden input or the display.
      String id = field.findElements(By.cssSelector("[id]")).stream().map(element -> element.getAttribute("id"))
          .filter(value -> value != null && value.contains("Field_")).findFirst().orElse("");
      String given = givenFor(id, values);
      boolean required = !field.findElements(By.cssSelector(".fjs-asterix")).isEmpty();
      boolean readOnly = !inputs.isEmpty() && (inputs.get(0).getAttribute("readonly") != null
          || !inputs.get(0).isEnabled());
      if (readOnly || (given == null && !required)) {
        continue;
      }
      if (fill(field, type, inputs, given, dates)) {
        dates += "datetime".equals(type) ? 1 : 0;
        filled.add(id);
      }
    }
    return filled;
  }

  /**
   * The value given for a field by its component id: the longest key the field's id names whole
   * ({@code Field_problemDecision} is not {@code Field_problemDecisionComment}; a list row's {@code _0} may
   * follow).
   */
  private static String givenFor(String id, Map<String, String> values) {
    return values.entrySet().stream()
        .filter(value -> Pattern.compile(Pattern.quote(value.getKey()) + "(?![\\p{L}])").matcher(id).find())
        .max(Comparator.comparingInt(value -> value.getKey().length()))
        .map(Map.Entry::getValue).orElse(null);
  }

  private boolean fill(WebElement field, String type, List<WebElement> inputs, String given, int dates) {
    switch (type) {
      case "textfield", "textarea", "number" -> {
        WebElement input = inputs.get(0);
        if (given == null && !String.valueOf(input.getAttribute("value")).isEmpty()) {
          return false;
        }
        input.clear();
        input.sendKeys(given != null ? given : "number".equals(type) ? "5" : "Тексеру мәтіні");
      }
      case "datetime" -> {
        WebElement input = field.findElement(By.cssSelector("input[id$='-date']"));
        if (given == null && !String.valueOf(input.getAttribute("value")).isEmpty()) {
          return false;
        }
        String iso = given != null ? given : LocalDate.now().plusDays(40 + 25L * dates).toString();
        input.clear();
        input.sendKeys(inLocaleOrder(iso, String.valueOf(input.getAttribute("placeholder"))));
        input.sendKeys(Keys.ENTER);
      }
      case "select" -> {
        List<WebElement> chosen = field.findElements(By.cssSelector("input.fjs-select-hidden-input"));
        if (given == null && !chosen.isEmpty() && !String.valueOf(chosen.get(0).getAttribute("value")).isEmpty()) {
          return false;
        }
        press(field.findElement(By.cssSelector("[id$='-display'], [id$='-search']")));
        browser.click(By.xpath("(//div[contains(@class,'fjs-dropdownlist-item')"
            + (given == null ? "" : " and normalize-space()='" + given + "'") + "])[1]"));
      }
      case "radio" -> {
        List<WebElement> radios = field.findElements(By.cssSelector("input[type=radio]"));
        if (given == null && radios.stream().anyMatch(WebElement::isSelected)) {
          return false;
        }
        press(radios.get(given == null ? 0 : Integer.parseInt(given)));
      }
      case "checkbox" -> {
        if (inputs.get(0).isSelected()) {
          return false;
        }
        press(inputs.get(0));
      }
      case "checklist" -> {
        List<WebElement> boxes = field.findElements(By.cssSelector("input[type=checkbox]"));
        if (boxes.stream().anyMatch(WebElement::isSelected)) {
          return false;
        }
        press(boxes.get(0));
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Until the open task's form is no longer read-only (Tasklist reloads it after a claim). */
  private void untilTaskFormEditable() {
    browser.waitUntil("the task's form to become editable",
        driver -> driver.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty());
  }

  /** A click on an element brought to the middle of the view first (nothing sticky lies over it there). */
  private void press(WebElement element) {
    for (int attempt = 1; ; attempt++) {
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
          element);
      try {
        element.click();
        return;
      } catch (ElementClickInterceptedException covered) {
        if (attempt == 3) {
          throw covered;
        }
        // A calendar or list still open from the field before, or the form still read-only after a claim:
        // closed as a person would, with Escape, and a moment's wait.
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        untilTaskFormEditable();
      }
    }
  }

  /** The n-th (from 0) input of a component inside a list row, e.g. an indicator's name in row 0. */
  public void typeInRow(String componentId, int row, String text) {
    List<WebElement> inputs = container().findElements(By.cssSelector("[id*='" + componentId + "']"
        + ":not([id$='-description']):not([id$='-error-message'])"));
    WebElement input = inputs.get(row);
    input.clear();
    input.sendKeys(text);
  }

  /** A date typed as the browser's locale writes it (form-js follows the browser), then confirmed. */
  public void date(String componentId, String isoDate) {
    WebElement input = field(componentId + "-date");
    String placeholder = String.valueOf(input.getAttribute("placeholder"));
    input.clear();
    input.sendKeys(inLocaleOrder(isoDate, placeholder));
    input.sendKeys(Keys.ENTER);
  }

  /** A time of day typed into a date-and-time field's time part (24 h, "10:00"), then confirmed. */
  public void time(String componentId, String time) {
    WebElement input = field(componentId + "-time");
    input.clear();
    input.sendKeys(time);
    input.sendKeys(Keys.ENTER);
  }

  /** Chooses a radio option by its position (0 = first). */
  public void choose(String componentId, int option) {
    browser.click(By.cssSelector(".fjs-container input[id$='" + componentId + "-" + option + "']"));
  }

  public void check(String componentId) {
    browser.click(By.cssSelector(".fjs-container input[id$='" + componentId + "']"));
  }

  /** Picks an option of a select by its (translated) label. */
  public void select(String componentId, String optionLabel) {
    browser.click(By.cssSelector(".fjs-container [id$='" + componentId + "-display'], "
        + ".fjs-container [id$='" + componentId + "-search']"));
    browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist')]//div[contains(@class,"
        + "'fjs-dropdownlist-item') and normalize-space()='" + optionLabel + "']"));
  }

  /** A new row in a dynamic list ("Қосу" / "Добавить"). */
  public void addRow(String listComponentId) {
    browser.click(By.xpath("//*[contains(@id,'" + listComponentId + "') or .//*[contains(@id,'"
        + listComponentId + "')]]//button[contains(@class,'fjs-repeat-render-add')]"));
  }

  public boolean completeEnabled() {
    return completeButton().isEnabled();
  }

  /** Tasklist's Complete button. */
  public void complete() {
    WebElement button = completeButton();
    browser.waitUntil("Complete to be enabled (a required field left empty?)", driver -> button.isEnabled());
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
  }

  /** Completes and waits until the task has left the form (the pane goes back to the list). */
  public void completeAndWait() {
    complete();
    browser.waitUntil("the task to leave the form, or a refusal",
        driver -> driver.findElements(By.cssSelector(".task-details .fjs-container")).isEmpty()
        || !driver.findElements(By.cssSelector(".jobalyq-refusal")).isEmpty());
    List<WebElement> refusal = browser.all(By.cssSelector(".jobalyq-refusal"));
    assertThat(refusal).as("refused: " + (refusal.isEmpty() ? "" : refusal.get(0).getText())).isEmpty();
  }

  /** The refusal shown beside the Complete button after pressing it. */
  public String refusal() {
    return browser.waitFor(By.cssSelector(".jobalyq-refusal")).getText();
  }

  public void capture(String name) {
    browser.capture(name + "-" + language);
  }

  private WebElement completeButton() {
    return browser.waitFor(By.xpath("//*[contains(@class,'task-details')]//div[contains(@class,'form-actions')]"
        + "//button[normalize-space()='" + label("COMPLETE") + "']"));
  }

  private WebElement field(String componentId) {
    return browser.waitFor(By.cssSelector(".fjs-container [id$='" + componentId + "']"));
  }

  private WebElement container() {
    return browser.waitFor(By.cssSelector(".modal-dialog .fjs-container, .task-details .fjs-container"));
  }

  private String tasklist() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }

  /**
   * The first screen narrowed to the record as a user does it: its number typed into the list's search
   * field and Enter (a "name like" search). The suite's users hold many tasks of other tests.
   */
  private void searchFor(String number) {
    boolean reuse = freshFirstScreen && browser.driver().getCurrentUrl().startsWith(tasklist());
    freshFirstScreen = false;
    if (!reuse) {
      browser.goUntil(tasklist(), By.cssSelector("section.tasks-list"));
    }
    WebElement search = browser.waitFor(By.cssSelector("[cam-widget-search] input"));
    search.click();
    search.sendKeys(number);
    search.sendKeys(Keys.ENTER);
    browser.waitFor(By.xpath("//*[@cam-widget-search]//*[contains(normalize-space(.), '" + number + "')]"));
  }

  /** 2026-03-31 in the order the placeholder shows (yyyy-mm-dd, dd.mm.yyyy…), whatever its letters. */
  static String inLocaleOrder(String isoDate, String placeholder) {
    String[] parts = isoDate.split("-");
    String pattern = placeholder.toLowerCase();
    char separator = pattern.chars().filter(c -> !Character.isLetter(c)).mapToObj(c -> (char) c).findFirst()
        .orElse('-');
    // Year: y, жыл, год; month: m, ай, месяц; day: d, күн, день.
    int year = firstOf(pattern, "yжг");
    int month = firstOf(pattern, "mам");
    int day = firstOf(pattern, "dкд");
    TreeMap<Integer, String> ordered = new TreeMap<>();
    ordered.put(year, parts[0]);
    ordered.put(month, parts[1]);
    ordered.put(day, parts[2]);
    return String.join(String.valueOf(separator), ordered.values());
  }

  private static int firstOf(String pattern, String letters) {
    return pattern.chars().filter(c -> letters.indexOf(c) >= 0).map(pattern::indexOf).min().orElse(-1);
  }

  private static JsonNode labels(String language) {
    String file = "META-INF/resources/webjars/camunda/app/tasklist/locales/" + language + ".json";
    try (InputStream in = TasklistSession.class.getClassLoader().getResourceAsStream(file)) {
      return new ObjectMapper().readTree(in).path("labels");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
