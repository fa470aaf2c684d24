package kz.jobalyq.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for our pages: the user, their groups and, when the webapps' session signs them in, the
 * token to send in {@code X-XSRF-TOKEN} with every change ({@link CrossSiteRequestGuard}). Another site cannot
 * read this answer (no CORS), so it cannot learn the token.
 */
@RestController
public class SessionController {

  private final CamundaIdentityAuthenticationProvider identities;

  public SessionController(CamundaIdentityAuthenticationProvider identities) {
    this.identities = identities;
  }

  public record SessionView(String userId, List<String> groups, String signedInWith, String xsrfToken) {
  }

  @GetMapping("/api/session")
  public SessionView session(Principal principal, HttpServletRequest request) {
    boolean session = SessionSignIn.isSessionSignIn(request);
    return new SessionView(principal.getName(), identities.groupsOf(principal.getName()),
        session ? "session" : "basic",
        session ? CrossSiteRequestGuard.tokenOf(request.getSession(false)) : null);
  }
}
