package kz.jobalyq.hiring;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
      throw new IllegalArgumentException("the application is " + contentLength + " bytes; at most "
          + MAX_APPLICATION_BYTES + " are accepted");
    }
    CandidateApplication stored = hiring.apply(number, application);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/public/calls/" + number))
        .body(new Acknowledgement(stored.getReference(), number, stored.getSubmittedAt(),
            "Өтініміңіз қабылданды. Тіркеу нөмірі: " + stored.getReference()
                + " / Ваша заявка принята. Регистрационный номер: " + stored.getReference()));
  }
}
