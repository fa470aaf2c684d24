package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.jobalyq.project.PlanInput.PlannedTask;
import org.junit.jupiter.api.Test;

/** The §67 schedule check: about seven calendar days a task, at least four tasks in the next 30 days. */
class ScheduleCheckTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

  @Test
  void fourWeekLongTasksInTheNextThirtyDaysPassWithoutWarning() {
    List<PlannedTask> schedule = List.of(task("1", 0, 7), task("2", 7, 7), task("3", 14, 7), task("4", 21, 7));

    assertThat(ProjectPlanningService.scheduleWarnings(schedule, MONDAY)).isEmpty();
  }

  @Test
  void fewerThanFourTasksInTheNextThirtyDaysAreWarnedAbout() {
    // The fourth task starts on day 31: outside the window.
    List<PlannedTask> schedule = List.of(task("1", 0, 5), task("2", 7, 5), task("3", 14, 5), task("4", 31, 5));

    assertThat(ProjectPlanningService.scheduleWarnings(schedule, MONDAY))
        .containsExactly("алдағы 30 күнде 3 жұмыс жоспарланған, кемінде 4 болуы тиіс");
  }

  @Test
  void tasksLongerThanSevenCalendarDaysAreNamed() {
    List<PlannedTask> schedule = List.of(task("1", 0, 8), task("2", 8, 7), task("3", 15, 14), task("4", 29, 2));

    assertThat(ProjectPlanningService.scheduleWarnings(schedule, MONDAY))
        .containsExactly("7 күнтізбелік күннен ұзақ жұмыстар: 1 Жұмыс 1 (8 күн), 3 Жұмыс 3 (14 күн)");
  }

  private static PlannedTask task(String code, int startOffset, int days) {
    LocalDate start = MONDAY.plusDays(startOffset);
    return new PlannedTask(code, "Жұмыс " + code, start, start.plusDays(days - 1L), false);
  }
}
