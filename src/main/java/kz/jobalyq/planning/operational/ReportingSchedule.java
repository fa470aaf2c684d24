package kz.jobalyq.planning.operational;

import java.time.LocalDate;

/**
 * A quarter's reporting period as {@code dmn/operational-plan-reporting-schedule.dmn} sets it: it starts on the first
 * day of the month after the quarter; the units' information is due on one day of that month (§13) and the
 * monitoring unit's report on another (§15), each moved to the next working day when it is a day off (§8).
 */
public record ReportingSchedule(int quarter, int reportingYear, int reportingMonth, int informationDay, int reportDay,
    LocalDate startsOn, LocalDate informationDueOn, LocalDate reportDueOn) {
}
