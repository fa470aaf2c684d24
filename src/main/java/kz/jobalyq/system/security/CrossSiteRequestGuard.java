package kz.jobalyq.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api} refuses state changes another site's page could make with the browser's credentials — the
 * webapps' session cookie or HTTP Basic credentials the browser remembers:
 *
 * <ol>
 *   <li>a request a browser marks as coming from another site ({@code Sec-Fetch-Site}), or whose {@code Origin}
 *       (else {@code Referer}) is not this platform's, is refused whatever signs it in; scripts and Camunda
 *       Modeler send none of these headers;
 *   <li>a request signed in by the webapps' session must also carry the session's XSRF token in
 *       {@code X-XSRF-TOKEN}, as the webapps' own API asks: ours from {@code GET /api/session}, or the
 *       webapps' own ({@code XSRF-TOKEN} cookie). Another site can neither read it nor set the header.
 * </ol>
 *
 * GET, HEAD and OPTIONS change nothing and pass.
 */
public class CrossSiteRequestGuard extends OncePerRequestFilter {

  public static final String TOKEN_HEADER = "X-XSRF-TOKEN";
  /** Our token in the session; the webapps keep theirs under {@link #WEBAPP_TOKEN}. */
  static final String SESSION_TOKEN = "JOBALYQ_XSRF_TOKEN";
  static final String WEBAPP_TOKEN = "CAMUNDA_CSRF_TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> SAME_ORIGIN_FETCH = Set.of("same-origin", "none");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Set<String> allowedOrigins;

  /** {@code allowedOrigins}: origins besides the request's own (a proxy that rewrites the Host header). */
  public CrossSiteRequestGuard(Set<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins.stream().map(CrossSiteRequestGuard::normalise).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String refusal = crossSite(request);
    if (refusal == null && SessionSignIn.isSessionSignIn(request) && !tokenMatches(request)) {
      refusal = "the " + TOKEN_HEADER + " header must carry the session's token (GET /api/session)";
    }
    if (refusal != null) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Cross-site request refused\","
          + "\"status\":403,\"detail\":\"" + refusal + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private String crossSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !SAME_ORIGIN_FETCH.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
      return "the browser sent it from another site (Sec-Fetch-Site: " + fetchSite.strip() + ")";
    }
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return isOurs(request, origin) ? null : "the request comes from another origin";
    }
    String referer = request.getHeader("Referer");
    if (referer != null) {
      return isOurs(request, referer) ? null : "the request comes from another site's page";
    }
    return null;
  }

  private boolean isOurs(HttpServletRequest request, String url) {
    String origin = normalise(url);
    if (origin == null) {
      return false;
    }
    return origin.equals(normalise(request.getScheme() + "://" + request.getServerName() + ":"
        + request.getServerPort())) || allowedOrigins.contains(origin);
  }

  /** {@code scheme://host:port} in lower case with the port always given; null for "null" or garbage. */
  static String normalise(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean tokenMatches(HttpServletRequest request) {
    String sent = request.getHeader(TOKEN_HEADER);
    HttpSession session = request.getSession(false);
    if (sent == null || sent.isBlank() || session == null) {
      return false;
    }
    return same(sent, session.getAttribute(SESSION_TOKEN)) || same(sent, session.getAttribute(WEBAPP_TOKEN));
  }

  private static boolean same(String sent, Object expected) {
    return expected instanceof String token
        && MessageDigest.isEqual(sent.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The session's token for our pages, made on first use. */
  public static String tokenOf(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(SESSION_TOKEN);
      if (token instanceof String existing) {
        return existing;
      }
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      String created = HexFormat.of().formatHex(random);
      session.setAttribute(SESSION_TOKEN, created);
      return created;
    }
  }
}
