package kz.jobalyq.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Our pages and Swagger UI are served with a Content-Security-Policy that runs only their own scripts, no
 * framing and no MIME sniffing; an inline script runs because its hash is in the policy.
 */
@IntegrationTest
class PageSecurityHeadersTest {

  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

  @Autowired
  private TestRestTemplate rest;

  @ParameterizedTest
  @ValueSource(strings = {"/dashboard.html", "/archive.html", "/calendar.html", "/public/calls.html", "/swagger-ui/index.html",
      "/js/signin.js"})
  void pagesForbidFramingSniffingAndForeignScripts(String page) throws Exception {
    ResponseEntity<String> answer = rest.getForEntity(page, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = answer.getHeaders();
    String policy = headers.getFirst("Content-Security-Policy");
    assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("'unsafe-eval'").doesNotContain("script-src 'self' 'unsafe-inline'");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    Matcher script = INLINE_SCRIPT.matcher(answer.getBody());
    while (script.find()) {
      String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
      assertThat(policy).contains("'sha256-" + hash + "'");
    }
  }
}
