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
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    if (type != null && CONFLICTS.containsKey(type)) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      response.getWriter().write(JSON.writeValueAsString(Map.of("type", type, "message", CONFLICTS.get(type))));
      return;
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("{} {} answered {} (reference {}): {}", request.getMethod(), request.getRequestURI(), capture.status,
        reference, original);
    response.setStatus(capture.status);
    response.getWriter().write(JSON.writeValueAsString(Map.of("type", "ServerError",
        "message", "Internal error; the server log has the details under reference " + reference)));
  }

  private static String typeOf(String body) {
    try {
      JsonNode type = JSON.readTree(body).path("type");
      return type.isTextual() ? type.asText() : null;
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
