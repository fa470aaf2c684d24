package kz.jobalyq.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * What an anonymous {@code /api} call is told. Our pages ask with {@code X-Requested-With: XMLHttpRequest}:
 * they get a plain 401 naming the webapps' login, so the browser shows no Basic prompt of its own and the page
 * sends the person to the one sign-in they share with Tasklist. Everyone else (scripts, Camunda Modeler) gets
 * the HTTP Basic challenge.
 */
public class SignInEntryPoint implements AuthenticationEntryPoint {

  public static final String SIGN_IN_PAGE = "/camunda/app/welcome/default/";

  private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

  public SignInEntryPoint() {
    basic.setRealmName("Jobalyq");
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (!"XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"))) {
      basic.commence(request, response, e);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Sign in\",\"status\":401,"
        + "\"detail\":\"Sign in to the platform first (Tasklist, Cockpit or the Welcome page)\","
        + "\"signIn\":\"" + request.getContextPath() + SIGN_IN_PAGE + "\"}");
  }
}
