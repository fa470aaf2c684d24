package kz.jobalyq.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/** The last day of a period and the instant it ends: the end of that day in the platform's zone. */
public record Deadline(LocalDate lastDay, ZonedDateTime endsAt) {

  /** One second before midnight: the last moment still "within" the last day for timers and Tasklist. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  public static Deadline endOf(LocalDate lastDay, ZoneId zone) {
    return new Deadline(lastDay, lastDay.atTime(END_OF_DAY).atZone(zone));
  }

  public Instant endInstant() {
    return endsAt.toInstant();
  }

  public Date asDate() {
    return Date.from(endInstant());
  }
}
