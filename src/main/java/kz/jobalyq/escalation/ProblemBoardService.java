package kz.jobalyq.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly problem information board (§14.2, §38.1): problems unresolved at base direction level,
 * grouped by base direction, for the programme steering committee.
 */
@Service
@Transactional
public class ProblemBoardService {

  /** The form a problem is raised on, whose severity options name it. */
  private static final String RAISING_FORM = "problem-raising";

  private final EscalationService escalation;
  private final ProblemBoardRepository boards;
  private final OrganisationService organisation;
  private final CalendarService calendar;
  private final ModelTranslations translations;
  private final ObjectMapper json;
  private final Clock clock;

  public ProblemBoardService(EscalationService escalation, ProblemBoardRepository boards,
      OrganisationService organisation, CalendarService calendar, ModelTranslations translations, ObjectMapper json,
      Clock clock) {
    this.escalation = escalation;
    this.boards = boards;
    this.organisation = organisation;
    this.calendar = calendar;
    this.translations = translations;
    this.json = json;
    this.clock = clock;
  }

  /** The board as it stands now. */
  @Transactional(readOnly = true)
  public Board current() {
    Instant now = clock.instant();
    LocalDate today = calendar.dateOf(now);
    Map<String, List<BoardProblem>> byDirection = new TreeMap<>();
    Map<String, String> directionNames = new TreeMap<>();
    for (ProblemIssue problem : escalation.unresolvedAtBaseDirectionLevel()) {
      ProjectSummary project = organisation.findProjectById(problem.getProjectId()).orElseThrow();
      directionNames.put(project.baseDirectionCode(), project.baseDirectionName());
      EscalationLevel level = EscalationLevel.of(problem.getCurrentLevel());
      byDirection.computeIfAbsent(project.baseDirectionCode(), code -> new ArrayList<>()).add(new BoardProblem(
          problem.getNumber(), project.number(), project.name(), problem.getDescription(), level.number(),
          level.kazakhName(), problem.getStatus(), problem.getSeverity(), problem.getDateAtRisk(),
          ChronoUnit.DAYS.between(calendar.dateOf(problem.getRaisedAt()), today)));
    }
    List<BoardDirection> directions = byDirection.entrySet().stream()
        .map(entry -> new BoardDirection(entry.getKey(), directionNames.get(entry.getKey()), entry.getValue()))
        .toList();
    return new Board(today.with(DayOfWeek.MONDAY), now, directions,
        directions.stream().mapToInt(direction -> direction.problems().size()).sum());
  }

  /** Freezes this week's board for the committee's review; answers it stored. */
  public ProblemBoard generate() {
    Board board = current();
    try {
      return boards.save(new ProblemBoard(board.weekStart(), board.generatedAt(), json.writeValueAsString(board)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The board cannot be written as JSON", e);
    }
  }

  /** The board as the committee reads it in Tasklist: a short Markdown summary in the reader's language. */
  @Transactional(readOnly = true)
  public String summary(Long boardId, Locale language) {
    Board board = stored(boardId);
    if (board.directions().isEmpty()) {
      return Messages.text(language, "escalation.board.none");
    }
    StringBuilder text = new StringBuilder("**").append(Messages.text(language, "escalation.board.unresolved"))
        .append(": ").append(board.total()).append("**\n");
    for (BoardDirection direction : board.directions()) {
      text.append("\n#### ").append(direction.name()).append(" (").append(direction.problems().size()).append(")\n");
      for (BoardProblem problem : direction.problems()) {
        text.append("- ").append(problem.number()).append(" · ").append(problem.projectNumber())
            .append(problem.projectName() == null ? "" : " «" + problem.projectName() + "»").append(": ")
            .append(problem.description()).append(" — ")
            .append(Messages.text(language, "escalation.level." + problem.level())).append(", ")
            .append(severity(problem.severity(), language))
            .append(problem.daysOpen()).append(' ').append(Messages.text(language, "escalation.board.days"))
            .append(problem.dateAtRisk() == null ? "" : ", " + Messages.text(language, "escalation.board.atRisk")
                + ": " + Display.date(problem.dateAtRisk())).append('\n');
      }
    }
    return text.toString();
  }

  /** "маңыздылығы: жоғары, ": the option the problem was raised with, as its form names it; nothing if none. */
  private String severity(Severity severity, Locale language) {
    if (severity == null) {
      return "";
    }
    return Messages.text(language, "escalation.board.severity") + ": " + translations.optionLabel(language,
        RAISING_FORM, ProblemEscalationProcess.Vars.SEVERITY, severity.name()).toLowerCase(language) + ", ";
  }

  public void review(Long boardId, String comment, String reviewedBy) {
    if (comment == null || comment.isBlank()) {
      throw BadInput.of(ProblemBoardProcess.REVIEW_COMMENT, "escalation.boardReviewComment.required");
    }
    board(boardId).review(comment.strip(), reviewedBy, clock.instant());
  }

  @Transactional(readOnly = true)
  public Board stored(Long boardId) {
    try {
      return json.readValue(board(boardId).getContent(), Board.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Board " + boardId + " cannot be read", e);
    }
  }

  @Transactional(readOnly = true)
  public ProblemBoard board(Long boardId) {
    return boards.findById(boardId).orElseThrow(() -> new NotFoundException(
        Messages.text("notFound.problemBoard", String.valueOf(boardId))));
  }

  public record Board(LocalDate weekStart, Instant generatedAt, List<BoardDirection> directions, int total) {
  }

  public record BoardDirection(String code, String name, List<BoardProblem> problems) {
  }

  public record BoardProblem(String number, String projectNumber, String projectName, String description,
      int level, String levelName, ProblemStatus status, Severity severity, LocalDate dateAtRisk, long daysOpen) {
  }
}
