package kz.jobalyq.calendar;

import java.time.LocalDate;

/** What an administrator asks of one date of the calendar. */
public record CalendarChange(LocalDate date, CalendarDayKind kind, String name) {
}
