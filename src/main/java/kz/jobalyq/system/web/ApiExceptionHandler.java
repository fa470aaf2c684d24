package kz.jobalyq.system.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.deployment.ModelDeploymentException;
import kz.jobalyq.system.deployment.ModelProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Our API answers bad input with 400 and an RFC 9457 problem that says what is wrong and where; no answer
 * carries SQL, table or class names.
 */
@RestControllerAdvice(basePackages = "kz.jobalyq")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:\\[\\d+\\])?(?:\\.[A-Za-z0-9_]+)*):");

  /** Our messages start with the field they are about ({@code meetingDate: …}): it is named in {@code field} too. */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    Matcher field = e.getMessage() == null ? null : FIELD.matcher(e.getMessage());
    if (field != null && field.find()) {
      problem.setProperty("field", field.group(1));
    }
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "parameter '" + e.getParameterName() + "' is required");
    problem.setProperty("field", e.getParameterName());
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "a valid value" : e.getRequiredType().getSimpleName();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "'" + e.getName() + "' must be " + describe(expected) + ", was '" + e.getValue() + "'");
    problem.setProperty("field", e.getName());
    return problem;
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
        .toList();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        errors.size() + " field(s) are invalid");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** Says what is wrong with the body and where, in words: never the parser's message (it names our classes). */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
    RequestBodyLimit.TooLarge tooLarge = causeOf(e, RequestBodyLimit.TooLarge.class);
    if (tooLarge != null) {
      return tooLarge(tooLarge.maxBytes());
    }
    return JsonProblems.describe(e);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
    return tooLarge(e.getMaxUploadSize());
  }

  /** A broken multipart body (no closing boundary, cut off): the upload is refused whole. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail brokenMultipart(MultipartException e) {
    if (causeOf(e, RequestBodyLimit.TooLarge.class) != null || e.getMessage() != null
        && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("size")) {
      return tooLarge(-1);
    }
    return problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "the multipart body cannot be read: send a complete multipart/form-data request");
  }

  /**
   * Everything else. Spring's own request errors keep their status; bad input that reached the database layer
   * (our {@link IllegalArgumentException} wrapped by Spring) is a 400 with its message; a constraint the
   * database enforced is a 409 without its SQL; the rest is a 500 with a reference to the log.
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e;
    }
    if (e instanceof ErrorResponse response) {
      return response.getBody();
    }
    IllegalArgumentException badInput = causeOf(e, IllegalArgumentException.class);
    if (badInput != null) {
      return badArgument(badInput);
    }
    if (causeOf(e, DataIntegrityViolationException.class) != null) {
      LOG.warn("Refused by a database constraint: {}", e.toString());
      return problem(HttpStatus.CONFLICT, "Conflict",
          "the request conflicts with a record already stored (a duplicate, or changed at the same moment)");
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("Unexpected error (reference {})", reference, e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "the server log has the details under reference " + reference);
  }

  private static ProblemDetail tooLarge(long maxBytes) {
    ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
        maxBytes > 0 ? "the request body is larger than " + maxBytes + " bytes" : "the request body is too large");
    if (maxBytes > 0) {
      problem.setProperty("maxBytes", maxBytes);
    }
    return problem;
  }

  static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  @ExceptionHandler(ModelDeploymentException.class)
  ProblemDetail modelsRefused(ModelDeploymentException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Models refused",
        e.getProblems().size() + " problem(s) found; nothing was deployed and the running versions stay");
    problem.setProperty("problems", e.getProblems());
    problem.setProperty("messages", e.getProblems().stream().map(ModelProblem::toString).toList());
    return problem;
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ProblemDetail payloadTooLarge(PayloadTooLargeException e) {
    ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", e.getMessage());
    problem.setProperty("maxBytes", e.getMaxBytes());
    return problem;
  }

  @ExceptionHandler(UnsupportedMediaTypeException.class)
  ProblemDetail unsupportedMediaType(UnsupportedMediaTypeException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", e.getMessage());
  }

  private static String describe(String type) {
    return switch (type) {
      case "LocalDate" -> "an ISO date (2026-03-19)";
      case "Integer", "int", "Long", "long" -> "a whole number";
      default -> "a " + type;
    };
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
