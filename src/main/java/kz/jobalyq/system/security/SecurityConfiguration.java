package kz.jobalyq.system.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import kz.jobalyq.system.web.EngineErrorFilter;
import kz.jobalyq.system.web.EngineServiceLookup;
import kz.jobalyq.system.web.PageSecurityHeaders;
import kz.jobalyq.system.web.RequestBodyLimit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Security is on in every profile: the dev profile only adds demo users.
 *
 * <ul>
 *   <li>{@code /api/**}: Spring Security; signed in by HTTP Basic against Camunda's users (scripts, curl) or by
 *       the webapps' session (our pages, {@link SessionSignIn}); groups are authorities; changes from other
 *       sites are refused ({@link CrossSiteRequestGuard});
 *   <li>{@code /engine-rest/*}: Camunda's own authentication filter, so the engine's authorizations apply to
 *       every call (Camunda Modeler deploys with the same Basic credentials);
 *   <li>{@code /camunda/**}: the webapps' own login, CSRF token and headers; the first-user setup is closed
 *       ({@link SetupEndpointGuard});
 *   <li>every way a password arrives is throttled per user and client address ({@link LoginThrottleFilter}).
 * </ul>
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

  /** Our servlet filters run before Camunda's (engine REST at +20) and Spring Security's (-100). */
  private static final int FIRST = Ordered.HIGHEST_PRECEDENCE;

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider identities,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName,
      @Value("${jobalyq.security.allowed-origins:}") String allowedOrigins) throws Exception {
    SignInEntryPoint entryPoint = new SignInEntryPoint();
    http.securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers("/actuator/prometheus").hasAnyAuthority(Role.ADMIN_GROUP, Role.MONITORING_GROUP)
            .requestMatchers("/api/public/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(entryPoint))
        .addFilterAfter(new SessionSignIn(identities, engineName), BasicAuthenticationFilter.class)
        .addFilterAfter(new CrossSiteRequestGuard(origins(allowedOrigins)), SessionSignIn.class)
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
        // Spring Security's token would be a second one; CrossSiteRequestGuard checks the webapps' kind.
        .csrf(csrf -> csrf.disable())
        // Basic is stateless and the session is the webapps': /api never creates one, nor changes its id (the
        // webapps' login already gave it a new one; a change per request would break parallel requests).
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
            .referrerPolicy(referrer -> referrer.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  private static Set<String> origins(String configured) {
    return Arrays.stream(configured.split(",")).map(String::strip).filter(origin -> !origin.isEmpty())
        .collect(Collectors.toSet());
  }

  @Bean
  LoginThrottle loginThrottle(Clock clock) {
    return new LoginThrottle(clock);
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("jobalyq-login-throttle");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/admin/auth/user/*");
    registration.setOrder(FIRST + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard() {
    FilterRegistrationBean<SetupEndpointGuard> registration = new FilterRegistrationBean<>(new SetupEndpointGuard());
    registration.setName("jobalyq-setup-closed");
    registration.addUrlPatterns(SetupEndpointGuard.URL_PATTERN);
    registration.setOrder(FIRST + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineErrorFilter> engineErrorFilter() {
    FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(new EngineErrorFilter());
    registration.setName("jobalyq-engine-errors");
    registration.addUrlPatterns(EngineErrorFilter.URL_PATTERNS);
    registration.setOrder(FIRST + 3);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineServiceLookup> engineServiceLookup() {
    FilterRegistrationBean<EngineServiceLookup> registration =
        new FilterRegistrationBean<>(new EngineServiceLookup());
    registration.setName("jobalyq-engine-service-lookup");
    registration.addUrlPatterns(EngineServiceLookup.URL_PATTERNS);
    registration.setOrder(FIRST + 3);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit() {
    FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit());
    registration.setName("jobalyq-request-body-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(FIRST + 4);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PageSecurityHeaders> pageSecurityHeaders() {
    FilterRegistrationBean<PageSecurityHeaders> registration = new FilterRegistrationBean<>(new PageSecurityHeaders());
    registration.setName("jobalyq-page-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(FIRST + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("jobalyq-engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(FIRST + 20);
    return registration;
  }

  /** The engine is looked up at the first request: filters are made before the engine, which must not hurry. */
  @Bean
  FilterRegistrationBean<VerifyPasswordGuard> verifyPasswordGuard(ObjectProvider<IdentityService> identityService,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    FilterRegistrationBean<VerifyPasswordGuard> registration =
        new FilterRegistrationBean<>(new VerifyPasswordGuard(identityService, engineName));
    registration.setName("jobalyq-verify-password-admins-only");
    registration.addUrlPatterns(VerifyPasswordGuard.ENGINE_REST_PATTERN, VerifyPasswordGuard.WEBAPP_PATTERN);
    registration.setOrder(FIRST + 21);
    return registration;
  }
}
