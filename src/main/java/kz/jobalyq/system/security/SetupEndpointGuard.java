package kz.jobalyq.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Camunda's first-user setup ({@code /camunda/api/admin/setup/{engine}/user/create}) in every profile:
 * Camunda opens it to anonymous callers whenever {@code camunda-admin} has no member, and our administrator
 * comes from the environment ({@link AdministratorSetup}), never from whoever calls first.
 */
public class SetupEndpointGuard extends OncePerRequestFilter {

  public static final String URL_PATTERN = "/camunda/api/admin/setup/*";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"The first-user setup is closed: the "
        + "administrator is created from JOBALYQ_ADMIN_USERNAME and JOBALYQ_ADMIN_PASSWORD\"}");
  }
}
