package kz.jobalyq.system.web;

import java.util.List;
import java.util.Map;
import kz.jobalyq.system.deployment.ModelDeploymentException;
import kz.jobalyq.system.deployment.ModelProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Our API answers bad input with 400 and an RFC 9457 problem that says what is wrong and where. */
@RestControllerAdvice(basePackages = "kz.jobalyq")
public class ApiExceptionHandler {

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
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

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
    String cause = e.getMostSpecificCause() == null ? e.getMessage() : e.getMostSpecificCause().getMessage();
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", "the request body cannot be read: " + cause);
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

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
