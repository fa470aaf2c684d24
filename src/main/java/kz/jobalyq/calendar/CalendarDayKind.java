package kz.jobalyq.calendar;

/** What a row of the calendar table says about its date; dates without a row follow the week (Mon–Fri work). */
public enum CalendarDayKind {
  /** A public holiday of the Republic of Kazakhstan: never a working day. */
  HOLIDAY,
  /** A weekday made a day off: a holiday moved from a weekend, or a government transfer decree. */
  DAY_OFF,
  /** A Saturday or Sunday made a working day by a transfer decree. */
  WORKING_DAY;

  public boolean isWorking() {
    return this == WORKING_DAY;
  }
}
