package kz.jobalyq.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's {@code identity/verify} answers whether a user name and password match: for anyone signed in an
 * oracle to test other people's passwords. Only administrators may call it, on the engine REST API (signed in
 * with HTTP Basic by Camunda's filter, which runs before this one) and on the webapps' API (their session).
 */
public class VerifyPasswordGuard extends OncePerRequestFilter {

  public static final String ENGINE_REST_PATTERN = "/engine-rest/identity/verify";
  public static final String WEBAPP_PATTERN = "/camunda/api/engine/engine/*";

  private final ObjectProvider<IdentityService> identityService;
  private final String engineName;

  public VerifyPasswordGuard(ObjectProvider<IdentityService> identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().endsWith("/identity/verify");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (groupsOfCaller(request).contains(Role.ADMIN_GROUP)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Only administrators may "
        + "verify passwords\"}");
  }

  private List<String> groupsOfCaller(HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")) {
      Authentication current = identityService.getObject().getCurrentAuthentication();
      return current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
    }
    return WebappSession.signedInUser(request, engineName)
        .map(user -> identityService.getObject().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList())
        .orElse(List.of());
  }
}
