package kz.jobalyq.hiring;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "official site" channel of §9: published calls and the candidates' applications, without login.
 * The page {@code /public/calls.html} reads and posts here.
 */
@RestController
@RequestMapping("/api/public/calls")
public class PublicCallController {

  /** No honest application is larger; a bigger body is refused before it is read. */
  static final long MAX_APPLICATION_BYTES = 32 * 1024;

  private final HiringService hiring;

  public PublicCallController(HiringService hiring) {
    this.hiring = hiring;
  }

  @GetMapping
  public List<PublicCall> calls() {
    return hiring.publicCalls();
  }

  @GetMapping("/{number}")
  public PublicCall call(@PathVariable String number) {
    return hiring.publicCall(number);
  }

  public record Acknowledgement(String reference, String callNumber, Instant submittedAt, String message) {
  }

  @PostMapping("/{number}/applications")
  public ResponseEntity<Acknowledgement> apply(@PathVariable String number,
      @RequestHeader(value = "Content-Length", required = false) Long contentLength,
      @Valid @RequestBody ApplicationInput application) {
    if (contentLength != null && contentLength > MAX_APPLICATION_BYTES) {
      throw BadInput.of(null, "hiring.application.tooLarge", String.valueOf(contentLength),
          String.valueOf(MAX_APPLICATION_BYTES));
    }
    CandidateApplication stored = hiring.apply(number, application);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/public/calls/" + number))
        .body(new Acknowledgement(stored.getReference(), number, stored.getSubmittedAt(),
            Messages.text("hiring.application.accepted", stored.getReference())));
  }

  /**
   * An application with fields at fault: 400 naming every field, as our API answers any body (see
   * ApiExceptionHandler), each reason in the applicant's language (the messages of {@link ApplicationInput}
   * are keys of the hiring bundle).
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidApplication(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(), "message", reason(error)))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        Messages.text("hiring.application.invalid", String.valueOf(errors.size())));
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** The key's text, with the constraint's limit ({@code max} of a size, {@code value} of a bound) as {0}. */
  private static String reason(FieldError error) {
    Object limit = null;
    if (error.contains(ConstraintViolation.class)) {
      Map<String, Object> attributes = error.unwrap(ConstraintViolation.class).getConstraintDescriptor()
          .getAttributes();
      limit = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
    }
    return Messages.text(String.valueOf(error.getDefaultMessage()), String.valueOf(limit));
  }
}
