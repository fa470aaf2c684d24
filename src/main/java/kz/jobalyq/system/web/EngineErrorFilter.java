package kz.jobalyq.system.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API and the webapps' API answer an unexpected engine exception with 500 and its message,
 * which can hold SQL, table and class names. This filter keeps their 4xx answers as they are and rewrites
 * every 5xx: a lost race on a task (two users claim it, or change it at once) becomes 409 saying so;
 * anything else a 500 with a reference to the server log, where the original answer is written.
 */
public class EngineErrorFilter extends OncePerRequestFilter {

  public static final String[] URL_PATTERNS = {"/engine-rest/*", "/camunda/api/*"};

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Engine exceptions that mean "somebody else was first": the caller should reload, not report a fault. */
  private static final Map<String, String> CONFLICTS = Map.of(
      "TaskAlreadyClaimedException", "The task has already been claimed by another user; reload the list",
      "OptimisticLockingException", "Someone else changed this at the same moment; reload and try again");

  /** Engine answers that are the caller's mistake, told as they are (Camunda answers them 500). */
  private static final Map<String, String> BAD_INPUT_MESSAGES = Map.of(
      "Password does not match policy",
      "Password does not match policy: at least 10 characters with upper and lower case letters, a digit and a "
          + "special character, not containing the user's id or names (GET /engine-rest/identity/password-policy)");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapture capture = new ErrorCapture(response);
    chain.doFilter(request, capture);
    if (!capture.failed || response.isCommitted()) {
      return;
    }
    String original = capture.body();
    String type = typeOf(original);
    response.resetBuffer();
    if (type != null && CONFLICTS.containsKey(type)) {
      answer(response, HttpServletResponse.SC_CONFLICT, Map.of("type", type, "message", CONFLICTS.get(type)));
      return;
    }
    String message = messageOf(original);
    if ("FormFieldValidationException".equals(type) || BAD_INPUT_MESSAGES.containsKey(message)) {
      answer(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("type", Objects.requireNonNullElse(type, "BadInput"),
          "message", BAD_INPUT_MESSAGES.getOrDefault(message, Objects.requireNonNullElse(message, "Invalid input"))));
      return;
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("{} {} answered {} (reference {}): {}", request.getMethod(), request.getRequestURI(), capture.status,
        reference, original);
    answer(response, capture.status, Map.of("type", "ServerError",
        "message", "Internal error; the server log has the details under reference " + reference));
  }

  /** Replaces the answer whole, its length too (the engine may have declared the original's). */
  private static void answer(HttpServletResponse response, int status, Map<String, String> body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    try {
      response.getOutputStream().write(bytes);
    } catch (IllegalStateException writerInUse) {
      response.getWriter().write(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  private static String typeOf(String body) {
    return field(body, "type");
  }

  private static String messageOf(String body) {
    return field(body, "message");
  }

  private static String field(String body, String name) {
    try {
      JsonNode value = JSON.readTree(body).path(name);
      return value.isTextual() ? value.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Passes every answer through except a 5xx one, whose body it keeps aside. */
  private static final class ErrorCapture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private boolean failed;
    private int status;
    private String message;
    private PrintWriter writer;

    ErrorCapture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      if (sc >= 500) {
        failed = true;
        status = sc;
      } else {
        super.setStatus(sc);
      }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      if (sc >= 500) {
        failed = true;
        status = sc;
        message = msg;
      } else {
        super.sendError(sc, msg);
      }
    }

    @Override
    public void sendError(int sc) throws IOException {
      sendError(sc, null);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!failed) {
        return super.getOutputStream();
      }
      return new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("synchronous writes only");
        }

        @Override
        public void write(int b) {
          captured.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          captured.write(b, off, len);
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!failed) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(captured, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!failed) {
        super.flushBuffer();
      }
    }

    String body() {
      if (writer != null) {
        writer.flush();
      }
      String body = captured.toString(StandardCharsets.UTF_8);
      return body.isEmpty() && message != null ? message : body;
    }
  }
}
