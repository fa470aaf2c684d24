package kz.jobalyq.project.delegate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Execution starts (or restarts after §118) with the report for the current week, Monday to Sunday. */
@Component("startReportingWeekDelegate")
public class StartReportingWeekDelegate implements JavaDelegate {

  private final Clock clock;
  private final CalendarService calendar;

  public StartReportingWeekDelegate(Clock clock, CalendarService calendar) {
    this.clock = clock;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    execution.setVariable(Vars.WEEK_START, today.with(DayOfWeek.MONDAY).toString());
  }
}
