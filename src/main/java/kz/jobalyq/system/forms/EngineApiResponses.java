package kz.jobalyq.system.forms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.i18n.RefusedInput;
import kz.jobalyq.system.i18n.UserLanguageFilter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What Tasklist reads from the engine, made for the person reading it: forms in their language with their
 * record in view, task, filter and process names in their language, and refusals in their words instead of
 * the engine's English. Applies to the webapps' engine API and to the engine REST API alike; everything
 * else passes untouched.
 */
@Component
@Order(UserLanguageFilter.ORDER + 1)
public class EngineApiResponses extends OncePerRequestFilter {

  private static final String ENGINE = "^(?:/camunda/api/engine/engine/[^/]+|/engine-rest(?:/engine/[^/]+)?)";
  static final Pattern TASK_FORM = Pattern.compile(ENGINE + "/task/([^/]+)/deployed-form$");
  static final Pattern START_FORM = Pattern.compile(ENGINE + "/process-definition/(?:key/)?[^/]+"
      + "(?:/tenant-id/[^/]+)?/deployed-start-form$");
  static final Pattern FORM_VARIABLES = Pattern.compile(ENGINE + "/task/([^/]+)/form-variables$");
  static final Pattern TASKS = Pattern.compile(ENGINE + "/(?:task(?:/[^/]+)?|filter/[^/]+/list)$");
  static final Pattern FILTERS = Pattern.compile(ENGINE + "/filter(?:/[^/]+)?$");
  static final Pattern DEFINITIONS = Pattern.compile(ENGINE + "/process-definition(?:/[^/]+|/key/[^/]+)?$");
  static final Pattern GROUPS = Pattern.compile(ENGINE + "/(?:group(?:/[^/]+)?|identity/groups)$");
  static final Pattern ANY = Pattern.compile(ENGINE + "/.*$");

  private final FormResponses forms;
  private final NameResponses names;
  private final ErrorResponses errors;

  public EngineApiResponses(FormResponses forms, NameResponses names, ErrorResponses errors) {
    this.forms = forms;
    this.names = names;
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ANY.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    RefusedInput.forget();
    try {
      chain.doFilter(request, buffered);
      byte[] body = buffered.getContentAsByteArray();
      byte[] rewritten = rewrite(path(request), buffered.getStatus(), body);
      if (rewritten != body) {
        buffered.resetBuffer();
        response.setContentLength(rewritten.length);
        response.getOutputStream().write(rewritten);
      } else {
        buffered.copyBodyToResponse();
      }
    } finally {
      RefusedInput.forget();
    }
  }

  private byte[] rewrite(String path, int status, byte[] body) {
    if (body.length == 0) {
      return body;
    }
    if (status >= 400) {
      return errors.rewrite(status, body);
    }
    if (status != 200) {
      return body;
    }
    Matcher variables = FORM_VARIABLES.matcher(path);
    if (variables.matches()) {
      return forms.withRecordView(variables.group(1), body);
    }
    if (TASK_FORM.matcher(path).matches() || START_FORM.matcher(path).matches()) {
      return forms.translated(body);
    }
    if (TASKS.matcher(path).matches()) {
      return names.tasks(body);
    }
    if (FILTERS.matcher(path).matches()) {
      return names.filters(body);
    }
    if (DEFINITIONS.matcher(path).matches()) {
      return names.processDefinitions(body);
    }
    if (GROUPS.matcher(path).matches()) {
      return names.groups(body);
    }
    return body;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
