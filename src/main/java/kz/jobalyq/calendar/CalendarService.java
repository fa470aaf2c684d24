package kz.jobalyq.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Kazakhstan working-day calendar: holidays and transferred days are rows an administrator edits;
 * every deadline of the platform is computed here.
 */
@Service
public class CalendarService {

  private final CalendarDayRepository repository;
  private final ZoneId zone;
  private final Duration refreshInterval;
  private final Clock clock;

  /** Cached (for real time, not platform time) because deadlines are computed on every task; refreshed so other nodes see edits too. */
  private volatile Snapshot snapshot;

  public CalendarService(
      CalendarDayRepository repository,
      @Value("${jobalyq.calendar.zone:Asia/Almaty}") ZoneId zone,
      @Value("${jobalyq.calendar.refresh-interval:PT5M}") Duration refreshInterval, Clock clock) {
    this.repository = repository;
    this.zone = zone;
    this.refreshInterval = refreshInterval;
    this.clock = clock.withZone(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  public WorkingDayCalendar calendar() {
    Snapshot current = snapshot;
    if (current == null || current.loadedAt().plus(refreshInterval).isBefore(Instant.now())) {
      current = load();
      snapshot = current;
    }
    return current.calendar();
  }

  public boolean isWorkingDay(LocalDate date) {
    return calendar().isWorkingDay(date);
  }

  /** The deadline of {@code workingDays} working days counted from the day after {@code event}. */
  public Deadline workingDaysAfter(LocalDate event, int workingDays) {
    return Deadline.endOf(calendar().addWorkingDays(event, workingDays), zone);
  }

  /** The deadline of {@code calendarDays} calendar days counted from the day after {@code event}. */
  public Deadline calendarDaysAfter(LocalDate event, int calendarDays) {
    return Deadline.endOf(calendar().addCalendarDays(event, calendarDays), zone);
  }

  /**
   * A deadline fixed on a date rather than counted ("by the 10th of the month after the quarter"): the end of that
   * date, or of the next working day when people do not work on it (§8).
   */
  public Deadline onOrNextWorkingDay(LocalDate date) {
    return Deadline.endOf(calendar().onOrNextWorkingDay(date), zone);
  }

  /** The deadline of {@code months} calendar months counted from {@code event} (§8 end-of-period rule). */
  public Deadline monthsAfter(LocalDate event, int months) {
    return Deadline.endOf(calendar().addMonths(event, months), zone);
  }

  /** The end of the last working day of the week holding {@code date}: when a weekly report is due. */
  public Deadline endOfWorkingWeek(LocalDate date) {
    return Deadline.endOf(calendar().lastWorkingDayOfWeek(date), zone);
  }

  /** The start of the working day before {@code date}: when to remind someone of a deadline on that date. */
  public Instant startOfPreviousWorkingDay(LocalDate date) {
    return calendar().previousWorkingDayBefore(date).atStartOfDay(zone).toInstant();
  }

  /** Monday 00:00 of the week after the one holding {@code date}, in the platform's zone. */
  public Instant startOfNextWeek(LocalDate date) {
    return date.with(DayOfWeek.MONDAY).plusWeeks(1).atStartOfDay(zone).toInstant();
  }

  @Transactional(readOnly = true)
  public List<CalendarDay> daysOf(int year) {
    return repository.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  @Transactional(readOnly = true)
  public Optional<CalendarDay> find(LocalDate date) {
    return repository.findById(date);
  }

  /** Adds or replaces the row of a date; refuses rows that would not change whether people work. */
  @Transactional
  public CalendarDay save(CalendarChange change, String changedBy) {
    validate(change);
    CalendarDay day = repository.findById(change.date())
        .orElseGet(() -> new CalendarDay(change.date(), change.kind(), change.name().strip()));
    day.change(change.kind(), change.name().strip(), changedBy, clock.instant());
    CalendarDay saved = repository.save(day);
    forgetSnapshotAfterCommit();
    return saved;
  }

  /** Removes the row of a date, which then follows the ordinary week again. */
  @Transactional
  public boolean remove(LocalDate date) {
    if (!repository.existsById(date)) {
      return false;
    }
    repository.deleteById(date);
    forgetSnapshotAfterCommit();
    return true;
  }

  private static void validate(CalendarChange change) {
    if (change.date() == null) {
      throw new IllegalArgumentException("date is required");
    }
    if (change.kind() == null) {
      throw new IllegalArgumentException("kind is required: one of HOLIDAY, DAY_OFF, WORKING_DAY");
    }
    if (change.name() == null || change.name().isBlank()) {
      throw new IllegalArgumentException("name is required: say why the day is special");
    }
    if (change.name().strip().length() > 200) {
      throw new IllegalArgumentException("name must be at most 200 characters");
    }
    boolean weekend = change.date().getDayOfWeek() == DayOfWeek.SATURDAY
        || change.date().getDayOfWeek() == DayOfWeek.SUNDAY;
    if (change.kind() == CalendarDayKind.WORKING_DAY && !weekend) {
      throw new IllegalArgumentException(
          "kind WORKING_DAY is for a Saturday or Sunday made a working day; " + change.date() + " is a "
              + change.date().getDayOfWeek());
    }
    if (change.kind() == CalendarDayKind.DAY_OFF && weekend) {
      throw new IllegalArgumentException(
          "kind DAY_OFF is for a weekday made a day off; " + change.date() + " is already a "
              + change.date().getDayOfWeek());
    }
  }

  private void forgetSnapshotAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          snapshot = null;
        }
      });
    } else {
      snapshot = null;
    }
  }

  private Snapshot load() {
    Map<LocalDate, CalendarDayKind> exceptions = new HashMap<>();
    for (CalendarDay day : repository.findAll()) {
      exceptions.put(day.getDay(), day.getKind());
    }
    return new Snapshot(new WorkingDayCalendar(exceptions), Instant.now());
  }

  private record Snapshot(WorkingDayCalendar calendar, Instant loadedAt) {
  }
}
