package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.List;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the base direction head's decision on a regulated project's team as first-meeting minutes (§65). */
@Component("recordTeamFormationListener")
public class RecordTeamFormationListener implements TaskListener {

  private static final List<String> FIELDS = List.of("firstMeetingDate", "firstMeetingParticipants",
      "teamComposition");

  private final ProjectPlanningService planning;

  public RecordTeamFormationListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    planning.recordTeamFormation(ProjectVariables.projectId(task), date(task, "firstMeetingDate"),
        text(task, "firstMeetingParticipants"), text(task, "teamComposition"), CurrentUser.completing(task));
    task.getExecution().removeVariables(FIELDS);
  }
}
