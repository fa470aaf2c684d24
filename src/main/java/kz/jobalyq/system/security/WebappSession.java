package kz.jobalyq.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * The sign-in of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome): their login keeps the user in the HTTP
 * session, which our pages and {@code /api} share, so one sign-in serves them all.
 */
public final class WebappSession {

  private WebappSession() {
  }

  /** The user signed in to the webapps on this request's session, if any; never creates a session. */
  public static Optional<String> signedInUser(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    try {
      Authentication signedIn = AuthenticationUtil.getAuthsFromSession(session)
          .getAuthenticationForProcessEngine(engineName);
      return signedIn == null ? Optional.empty() : Optional.ofNullable(signedIn.getIdentityId());
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }
}
