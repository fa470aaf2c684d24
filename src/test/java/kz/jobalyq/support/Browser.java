package kz.jobalyq.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, in a given UI language. Without them installed the
 * browser tests are skipped, unless {@code JOBALYQ_BROWSER_TESTS=required} (CI) makes that a failure.
 * Screenshots and the page's HTML go to {@code target/browser-artifacts/}.
 */
public final class Browser implements AutoCloseable {

  public static final Path ARTIFACTS = Path.of("target", "browser-artifacts");
  private static final Path CHROMIUM = Path.of(env("JOBALYQ_CHROMIUM", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(env("JOBALYQ_CHROMEDRIVER", "/usr/bin/chromedriver"));
  /** The machine running the tests may be busy: the webapps load slowly. */
  private static final Duration PATIENCE = Duration.ofSeconds(180);

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, PATIENCE);
  }

  /** A browser whose language is {@code language} (its Accept-Language and navigator.languages). */
  public static Browser open(String language) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "required".equals(System.getenv("JOBALYQ_BROWSER_TESTS"))) {
      throw new IllegalStateException("Browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed: browser test skipped");
    return new Browser(language);
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String url) {
    driver.get(url);
  }

  /**
   * Opens the page until {@code ready} shows. On a busy machine the webapps' module loader can give up
   * ("Load timeout for modules") on the first, uncached load; a reload then finds the modules cached.
   */
  public WebElement goUntil(String url, By ready) {
    WebDriverWait firstLoad = new WebDriverWait(driver, Duration.ofSeconds(60));
    RuntimeException last = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      driver.get(url);
      try {
        return firstLoad.until(ExpectedConditions.visibilityOfElementLocated(ready));
      } catch (RuntimeException slow) {
        last = slow;
      }
    }
    throw last;
  }

  /** Signs in on the webapps' login page (Welcome): the session Tasklist, Cockpit and our pages share. */
  public void signIn(String base, String user, String password) {
    goUntil(base + "/camunda/app/welcome/default/", By.cssSelector("input[type=password]"));
    submitLogin(user, password);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
  }

  /**
   * Fills the webapps' login form on the current page and submits it. The login page may still move the focus
   * back to the user name while the password is typed ("teamdemo" in the user field, seen on a busy machine):
   * typed again until both fields hold what was typed.
   */
  public void submitLogin(String user, String password) {
    for (int attempt = 1; ; attempt++) {
      WebElement userField = waitFor(By.cssSelector("input[ng-model=username]"));
      WebElement passwordField = waitFor(By.cssSelector("input[type=password]"));
      userField.clear();
      userField.sendKeys(user);
      passwordField.clear();
      passwordField.sendKeys(password);
      if (user.equals(userField.getDomProperty("value")) && password.equals(passwordField.getDomProperty("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new IllegalStateException("the login form does not keep what is typed: user field '"
            + userField.getDomProperty("value") + "'");
      }
    }
    waitClickable(By.cssSelector("button[type=submit]")).click();
  }

  public WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement waitClickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition::apply);
  }

  /** As {@link #waitUntil(java.util.function.Function)}, a timeout naming what was awaited. */
  public void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, PATIENCE).withMessage(what).until(condition::apply);
  }

  /**
   * Opens a record's page ({@code /record.html}) in the session signed in, waits until it shows {@code heading}
   * (a section drawn last, such as its decisions) and answers the text it shows.
   */
  public String recordPage(int port, String number, String heading) {
    goUntil("http://localhost:" + port + "/record.html?number=" + number, By.id("record-body"));
    waitUntil("the record page of " + number + " showing " + heading,
        page -> page.findElement(By.id("record-body")).getText().contains(heading));
    return driver.findElement(By.id("record-body")).getText();
  }

  /** Clicks an element after scrolling it to the middle of its pane, clear of fixed headers and footers. */
  public void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  /** Keeps a screenshot and the HTML of the current page as test artefacts. */
  public Path capture(String name) {
    try {
      Files.createDirectories(ARTIFACTS);
      Path png = ARTIFACTS.resolve(name + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(ARTIFACTS.resolve(name + ".html"), driver.getPageSource());
      StringBuilder console = new StringBuilder();
      driver.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append(entry).append('\n'));
      Files.writeString(ARTIFACTS.resolve(name + ".console.log"), console);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the steps; on any failure keeps what the browser showed ({@code <name>-failure.png}). */
  public void run(String name, Runnable steps) {
    try {
      steps.run();
    } catch (RuntimeException | AssertionError e) {
      capture(name + "-failure");
      throw e;
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
