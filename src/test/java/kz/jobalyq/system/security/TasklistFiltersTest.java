package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every role group gets its own Tasklist filters: its tasks, overdue, due this week — seen by its members only. */
@IntegrationTest
class TasklistFiltersTest {

  @Autowired
  private FilterService filterService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aGroupMemberSeesTheGroupsOverdueAndThisWeeksTasks() {
    ClockUtil.setCurrentTime(date("2026-04-08T10:00:00+05:00")); // a Wednesday
    Task overdue = groupTask("Мерзімі өткен сынақ", "2026-04-07T18:00:00+05:00");
    Task thisWeek = groupTask("Осы аптадағы сынақ", "2026-04-10T18:00:00+05:00");
    Task nextWeek = groupTask("Келесі аптадағы сынақ", "2026-04-14T18:00:00+05:00");
    try {
      identityService.setAuthentication("bdlead", List.of("bd-group-lead"));
      List<String> visible = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
      String role = Role.BD_GROUP_LEAD.kazakhName();
      assertThat(visible).contains(role + ": " + IdentitySetup.FILTER_GROUP_TASKS,
          role + ": " + IdentitySetup.FILTER_OVERDUE, role + ": " + IdentitySetup.FILTER_DUE_THIS_WEEK,
          IdentitySetup.FILTER_MY_TASKS)
          .doesNotContain(Role.STEERING_COMMITTEE.kazakhName() + ": " + IdentitySetup.FILTER_OVERDUE);

      assertThat(names(role + ": " + IdentitySetup.FILTER_OVERDUE)).contains(overdue.getName())
          .doesNotContain(thisWeek.getName(), nextWeek.getName());
      assertThat(names(role + ": " + IdentitySetup.FILTER_DUE_THIS_WEEK)).contains(thisWeek.getName())
          .doesNotContain(overdue.getName(), nextWeek.getName());
      assertThat(names(role + ": " + IdentitySetup.FILTER_GROUP_TASKS))
          .contains(overdue.getName(), thisWeek.getName(), nextWeek.getName());
    } finally {
      identityService.clearAuthentication();
      List.of(overdue, thisWeek, nextWeek).forEach(task -> taskService.deleteTask(task.getId(), true));
    }
  }

  private List<String> names(String filterName) {
    Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    List<Task> tasks = filterService.list(filter.getId());
    return tasks.stream().map(Task::getName).toList();
  }

  private Task groupTask(String name, String due) {
    Task task = taskService.newTask();
    task.setName(name + " " + System.nanoTime());
    task.setDueDate(date(due));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "bd-group-lead");
    return task;
  }

  private static Date date(String moment) {
    return Date.from(OffsetDateTime.parse(moment).toInstant());
  }
}
