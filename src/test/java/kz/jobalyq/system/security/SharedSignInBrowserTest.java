package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TestProjects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the archive page sends a person who is not signed in to the webapps' login, uses the
 * Tasklist session once signed in (its change is a same-site fetch with the XSRF token, accepted), and a form
 * on another site that posts to the API with the browser's remembered credentials stores nothing.
 */
@IntegrationTest
class SharedSignInBrowserTest {

  @LocalServerPort
  private int port;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;

  @Test
  void theArchivePageUsesTheTasklistSignInAndAnotherSitesFormStoresNothing() throws IOException {
    ProjectSummary project = projects.ordinary();
    String base = "http://localhost:" + port;
    try (Browser browser = Browser.open("kk")) {
      browser.run("shared-sign-in", () -> {
        // Not signed in: to the webapps' login, no browser password prompt.
        browser.go(base + "/archive.html?project=" + project.number());
        browser.waitFor(By.cssSelector("input[type=password]"));
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/welcome/");

        browser.signIn(base, "lead", "demo");
        browser.goUntil(base + "/archive.html?project=" + project.number(), By.id("reference-form"));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#reference-type option")).size() > 0);
        browser.waitFor(By.id("reference-value")).sendKeys("https://docs.gov.kz/signed-in");
        browser.waitFor(By.id("reference-title")).sendKeys("Сессиямен тіркелді");
        browser.click(By.cssSelector("#reference-form button[type=submit]"));
        browser.waitUntil(driver -> driver.findElement(By.id("reference-message")).getText().contains("№"));
        browser.capture("archive-signed-in");
      });
      assertThat(titlesOf(project)).containsExactly("Сессиямен тіркелді");

      // Signed out, the browser remembers Basic credentials for the API instead, as after a prompt: the
      // session cookie (SameSite=Lax) would not go along with another site's POST, these would.
      browser.driver().manage().deleteAllCookies();
      browser.go("http://lead:demo@localhost:" + port + "/api/session");
      assertThat(browser.driver().getPageSource()).contains("\"signedInWith\":\"basic\"");
      HttpServer evil = evilSite(project);
      try {
        browser.run("cross-site-form", () -> {
          browser.go("http://127.0.0.1:" + evil.getAddress().getPort() + "/trap.html");
          browser.waitUntil(driver -> driver.getCurrentUrl().contains("/api/archive/documents"));
          browser.waitUntil(driver -> driver.getPageSource().contains("Cross-site request refused"));
          browser.capture("cross-site-form-refused");
        });
      } finally {
        evil.stop(0);
      }
      assertThat(titlesOf(project)).containsExactly("Сессиямен тіркелді");
    }
  }

  private java.util.List<String> titlesOf(ProjectSummary project) {
    JsonNode documents = rest.withBasicAuth("lead", "demo")
        .getForObject("/api/archive/documents?project=" + project.number(), JsonNode.class);
    return documents.findValuesAsText("title");
  }

  /** Another site (another origin): a page whose form posts a file into the archive as soon as it opens. */
  private HttpServer evilSite(ProjectSummary project) throws IOException {
    String page = """
        <!DOCTYPE html><html><body>
        <form id="trap" method="POST" enctype="multipart/form-data" action="http://localhost:%d/api/archive/documents">
          <input type="hidden" name="projectNumber" value="%s">
          <input type="hidden" name="type" value="OTHER">
          <input type="hidden" name="title" value="Басқа сайттан">
          <input type="file" name="file" id="file">
        </form>
        <script>
          const files = new DataTransfer();
          files.items.add(new File(['planted'], 'planted.txt', { type: 'text/plain' }));
          document.getElementById('file').files = files.files;
          document.getElementById('trap').submit();
        </script>
        </body></html>
        """.formatted(port, project.number());
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/trap.html", exchange -> {
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }
}
