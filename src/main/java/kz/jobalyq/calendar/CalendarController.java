package kz.jobalyq.calendar;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import kz.jobalyq.system.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar over HTTP: deadline queries for everyone signed in, edits for administrators. */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** The range the API answers for: wide enough for any plan, narrow enough that every answer is quick. */
  static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
  /** About ten years: more than any period of the regulations. */
  static final int MAX_WORKING_DAYS = 2600;
  static final int MAX_CALENDAR_DAYS = 3660;

  private final CalendarService calendar;
  private final DeadlineRecalculations recalculations;

  public CalendarController(CalendarService calendar, DeadlineRecalculations recalculations) {
    this.calendar = calendar;
    this.recalculations = recalculations;
  }

  /** {@code ?from=2026-03-19&workingDays=5} or {@code ?from=2026-03-13&calendarDays=10}; {@code from} defaults to today. */
  @GetMapping("/deadline")
  public DeadlineAnswer deadline(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) Integer workingDays,
      @RequestParam(required = false) Integer calendarDays) {
    if ((workingDays == null) == (calendarDays == null)) {
      throw new IllegalArgumentException("give exactly one of workingDays or calendarDays");
    }
    LocalDate event = from != null ? inRange("from", from) : calendar.today();
    within("workingDays", workingDays, MAX_WORKING_DAYS);
    within("calendarDays", calendarDays, MAX_CALENDAR_DAYS);
    Deadline deadline = workingDays != null
        ? calendar.workingDaysAfter(event, workingDays)
        : calendar.calendarDaysAfter(event, calendarDays);
    return new DeadlineAnswer(event, workingDays, calendarDays, deadline.lastDay(), deadline.endsAt(),
        deadline.endInstant(), calendar.zone().getId());
  }

  @GetMapping("/days")
  public List<DayAnswer> days(@RequestParam int year) {
    if (year < FIRST_DAY.getYear() || year > LAST_DAY.getYear()) {
      throw new IllegalArgumentException("year: must be between " + FIRST_DAY.getYear() + " and "
          + LAST_DAY.getYear() + ", was " + year);
    }
    return calendar.daysOf(year).stream().map(day -> DayAnswer.of(day.getDay(), day, false)).toList();
  }

  @GetMapping("/days/{date}")
  public DayAnswer day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    inRange("date", date);
    return DayAnswer.of(date, calendar.find(date).orElse(null), calendar.isWorkingDay(date));
  }

  /**
   * Sets a day's kind. Answers at once: the open deadlines move in the background, and the answer's
   * {@code recalculation} says how many there are and where to follow their progress.
   */
  @PutMapping("/days/{date}")
  @PreAuthorize(Role.ADMIN_ONLY)
  public ChangeAnswer put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestBody DayRequest request, Principal principal) {
    inRange("date", date);
    CalendarDay saved = calendar.save(new CalendarChange(date, request.kind(), request.name()), principal.getName());
    return new ChangeAnswer(DayAnswer.of(date, saved, calendar.isWorkingDay(date)),
        RecalculationAnswer.of(recalculations.start(date + " " + request.kind(), principal.getName())));
  }

  @DeleteMapping("/days/{date}")
  @PreAuthorize(Role.ADMIN_ONLY)
  public ResponseEntity<ChangeAnswer> delete(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Principal principal) {
    if (!calendar.remove(date)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(new ChangeAnswer(DayAnswer.of(date, null, calendar.isWorkingDay(date)),
        RecalculationAnswer.of(recalculations.start(date + " removed", principal.getName()))));
  }

  /** The ten latest recalculations, the latest first: what the calendar page follows after a reload. */
  @GetMapping("/recalculations")
  @PreAuthorize(Role.ADMIN_ONLY)
  public List<RecalculationAnswer> recalculations() {
    return recalculations.latest().stream().map(RecalculationAnswer::of).toList();
  }

  /** How far the recalculation after a calendar edit has got. */
  @GetMapping("/recalculations/{id}")
  @PreAuthorize(Role.ADMIN_ONLY)
  public RecalculationAnswer recalculation(@PathVariable Long id) {
    return RecalculationAnswer.of(recalculations.get(id));
  }

  private static LocalDate inRange(String field, LocalDate date) {
    if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
      throw new IllegalArgumentException(field + ": must be between " + FIRST_DAY + " and " + LAST_DAY + ", was "
          + date);
    }
    return date;
  }

  /** A negative count is the calendar's own refusal; here only the upper bound. */
  private static void within(String field, Integer days, int max) {
    if (days != null && days > max) {
      throw new IllegalArgumentException(field + ": must be between 0 and " + max + ", was " + days);
    }
  }

  public record DayRequest(CalendarDayKind kind, String name) {
  }

  public record DeadlineAnswer(LocalDate from, Integer workingDays, Integer calendarDays, LocalDate deadline,
      ZonedDateTime endsAt, Instant endInstant, String zone) {
  }

  public record DayAnswer(LocalDate date, boolean working, CalendarDayKind kind, String name, String changedBy,
      Instant changedAt) {

    static DayAnswer of(LocalDate date, CalendarDay row, boolean working) {
      if (row == null) {
        return new DayAnswer(date, working, null, null, null, null);
      }
      return new DayAnswer(date, row.getKind().isWorking(), row.getKind(), row.getName(), row.getChangedBy(),
          row.getChangedAt());
    }
  }

  public record ChangeAnswer(DayAnswer day, RecalculationAnswer recalculation) {
  }

  /** A recalculation's progress: deadlines covered, checked and moved so far; finished when all are checked. */
  public record RecalculationAnswer(Long id, String reason, Instant requestedAt, int total, int done, int moved,
      int percent, boolean finished, Instant finishedAt, String progress) {

    static RecalculationAnswer of(DeadlineRecalculation run) {
      int percent = run.getTotal() == 0 ? 100 : (int) (100L * run.getDone() / run.getTotal());
      return new RecalculationAnswer(run.getId(), run.getReason(), run.getRequestedAt(), run.getTotal(),
          run.getDone(), run.getMoved(), percent, run.isFinished(), run.getFinishedAt(),
          "/api/calendar/recalculations/" + run.getId());
    }
  }
}
