package kz.jobalyq.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Our pages speak the language the person chose, one at a time: the choice made in the webapps' footer carries to
 * the pages, and a choice made on a page carries back to the webapps.
 */
@IntegrationTest
class PageLanguageBrowserTest {

  @LocalServerPort
  private int port;

  @Test
  void aChoiceOfRussianInTheWebappsShowsThePagesInRussianAndAChoiceOnAPageCarriesBack() {
    try (Browser browser = Browser.open("kk")) {
      browser.run("page-language", () -> {
        browser.signIn(base(), "lead", "demo");
        // Welcome's footer picker: Russian. The Welcome page reloads in Russian, its links too.
        new Select(browser.waitFor(By.id("jobalyq-language"))).selectByValue("ru");
        browser.waitUntil("the Welcome page's link in Russian", driver ->
            textOf(browser, "a[href='/calendar.html']").contains("Производственный календарь"));

        browser.click(By.cssSelector("a[href='/calendar.html']"));
        browser.goUntil(base() + "/calendar.html?year=2026", By.cssSelector("#table-days tr[data-date='2026-03-24']"));
        assertThat(textOf(browser, "header h1")).isEqualTo("Производственный календарь");
        // The day's kind and weekday in Russian; its name is the calendar's data, as an administrator typed it.
        assertThat(textOf(browser, "#table-days tr[data-date='2026-03-24'] td.date"))
            .contains("24.03.2026", "вторник").doesNotContain("сейсенбі");
        assertThat(textOf(browser, "#table-days tr[data-date='2026-03-24'] td.kind"))
            .isEqualTo("Выходной день (перенесённый)");
        assertThat(new Select(browser.driver().findElement(By.id("page-language"))).getFirstSelectedOption()
            .getText()).isEqualTo("Русский");
        // What the page's script writes is Russian too.
        setValue(browser, "#deadline-form input[name=from]", "2026-03-19");
        setValue(browser, "#deadline-form input[name=days]", "5");
        browser.click(By.cssSelector("#deadline-form button[type=submit]"));
        browser.waitUntil("the deadline worked out",
            driver -> textOf(browser, "#deadline-answer").contains("31.03.2026"));
        assertThat(textOf(browser, "#deadline-answer")).contains("вторник", "время Астаны");
        assertThat(textOf(browser, "#deadline-form button[type=submit]")).isEqualTo("Рассчитать");

        // The dashboard reads the same choice.
        browser.goUntil(base() + "/dashboard.html", By.id("tile-projects"));
        assertThat(textOf(browser, "header h1")).isEqualTo("Дашборд портфеля проектов");

        // Kazakh chosen on the page: the page reloads in Kazakh, and so does the Welcome page afterwards.
        browser.goUntil(base() + "/calendar.html?year=2026", By.cssSelector("#table-days tr[data-date='2026-03-24']"));
        new Select(browser.driver().findElement(By.id("page-language"))).selectByValue("kk");
        browser.waitUntil("the page in Kazakh", driver ->
            textOf(browser, "header h1").equals("Жұмыс күндерінің күнтізбесі"));
        browser.waitFor(By.cssSelector("#table-days tr[data-date='2026-03-24']"));
        assertThat(textOf(browser, "#table-days tr[data-date='2026-03-24'] td.date")).contains("сейсенбі");
        assertThat(textOf(browser, "#table-days tr[data-date='2026-03-24'] td.kind"))
            .isEqualTo("Демалыс күні (ауыстырылған)");
        browser.goUntil(base() + "/camunda/app/welcome/default/", By.cssSelector("a[href='/calendar.html']"));
        browser.waitUntil("the Welcome page's link in Kazakh", driver ->
            textOf(browser, "a[href='/calendar.html']").contains("Жұмыс күндерінің күнтізбесі"));
      });
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** The element's visible text, read in one step in the page; "" if there is none. */
  private static String textOf(Browser browser, String selector) {
    Object text = ((JavascriptExecutor) browser.driver()).executeScript(
        "const node = document.querySelector(arguments[0]); return node ? node.innerText.trim() : '';", selector);
    return String.valueOf(text);
  }

  private static void setValue(Browser browser, String selector, String value) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.querySelector(arguments[0]).value = arguments[1];", selector, value);
  }
}
