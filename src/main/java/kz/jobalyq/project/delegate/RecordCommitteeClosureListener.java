package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the programme steering committee's decision on a regulated project's closure (§119, §121). */
@Component("recordCommitteeClosureListener")
public class RecordCommitteeClosureListener implements TaskListener {

  private final ProjectClosureService closure;

  public RecordCommitteeClosureListener(ProjectClosureService closure) {
    this.closure = closure;
  }

  @Override
  public void notify(DelegateTask task) {
    closure.recordCommitteeDecision(ProjectVariables.projectId(task), text(task, Vars.COMMITTEE_DECISION),
        text(task, Vars.COMMITTEE_COMMENT), text(task, "presentationReference"), CurrentUser.completing(task));
    task.getExecution().removeVariable("presentationReference");
  }
}
