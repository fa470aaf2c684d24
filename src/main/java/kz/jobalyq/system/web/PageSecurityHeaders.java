package kz.jobalyq.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for our own pages ({@code /dashboard.html}, {@code /archive.html}, {@code /public/calls.html})
 * and Swagger UI: a Content-Security-Policy that runs only the platform's own scripts — a page's inline
 * script is allowed by its SHA-256, computed here from the page as shipped, so nothing injected runs — no
 * framing, no MIME sniffing, no referrer to other sites. The webapps under {@code /camunda} set their own
 * (Camunda's header-security filter); {@code /api} gets Spring Security's.
 */
public class PageSecurityHeaders extends OncePerRequestFilter {

  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final String POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private final Map<String, String> policyByPage = new HashMap<>();
  private final String defaultPolicy = POLICY.formatted("");

  public PageSecurityHeaders() {
    try {
      for (Resource page : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.html")) {
        String url = page.getURL().toString();
        String path = url.substring(url.lastIndexOf("/static/") + "/static".length());
        policyByPage.put(path, POLICY.formatted(scriptHashes(page)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = pathOf(request);
    return path.startsWith("/camunda/") || path.startsWith("/engine-rest/") || path.startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", policyByPage.getOrDefault(pathOf(request), defaultPolicy));
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static String scriptHashes(Resource page) throws IOException {
    String html;
    try (InputStream in = page.getInputStream()) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder hashes = new StringBuilder();
    Matcher script = INLINE_SCRIPT.matcher(html);
    while (script.find()) {
      hashes.append(" 'sha256-").append(sha256(script.group(1))).append('\'');
    }
    return hashes.toString();
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
