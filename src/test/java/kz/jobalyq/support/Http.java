package kz.jobalyq.support;

import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Request bodies for TestRestTemplate. */
public final class Http {

  private Http() {
  }

  public static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** No body, from a reader who chose {@code language} (kk or ru) in the webapps. */
  public static HttpEntity<Void> inLanguage(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=" + language);
    return new HttpEntity<>(headers);
  }
}
