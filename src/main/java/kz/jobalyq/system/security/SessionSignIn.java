package kz.jobalyq.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs {@code /api} requests in with the webapps' session ({@link WebappSession}) when they carry no HTTP
 * Basic credentials: a user signed in to Tasklist is signed in on our pages and API too. The groups are read
 * afresh from the identity store, so a removed membership or user takes effect at once. Such requests are
 * marked {@link #SESSION_SIGN_IN}: {@link CrossSiteRequestGuard} then asks for the XSRF token.
 */
public class SessionSignIn extends OncePerRequestFilter {

  public static final String SESSION_SIGN_IN = SessionSignIn.class.getName() + ".session";

  private final CamundaIdentityAuthenticationProvider identities;
  private final String engineName;

  public SessionSignIn(CamundaIdentityAuthenticationProvider identities, String engineName) {
    this.identities = identities;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() == null
        && LoginThrottleFilter.basicUser(request) == null) {
      WebappSession.signedInUser(request, engineName).filter(identities::exists).ifPresent(user -> {
        List<SimpleGrantedAuthority> authorities =
            identities.groupsOf(user).stream().map(SimpleGrantedAuthority::new).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        request.setAttribute(SESSION_SIGN_IN, Boolean.TRUE);
      });
    }
    chain.doFilter(request, response);
  }

  public static boolean isSessionSignIn(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(SESSION_SIGN_IN));
  }
}
