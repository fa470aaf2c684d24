package kz.jobalyq.project;

import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.i18n.Phrase;
import org.springframework.stereotype.Component;

/** Writes people's decisions on a project to the shared audit trail. */
@Component
class ProjectDecisions {

  private final DecisionLog decisionLog;
  private final OrganisationService organisation;

  ProjectDecisions(DecisionLog decisionLog, OrganisationService organisation) {
    this.decisionLog = decisionLog;
    this.organisation = organisation;
  }

  /** Who made the last decision at {@code step} with {@code outcome}, e.g. who approved the baseline. */
  String lastDecidedBy(Long projectId, String step, String outcome) {
    return decisionLog.historyOf(ProjectLifecycleProcess.RECORD_TYPE, projectId).stream()
        .filter(decision -> step.equals(decision.getStep()) && outcome.equals(decision.getOutcome()))
        .reduce((first, second) -> second).map(DecisionRecord::getDecidedBy).orElse(null);
  }

  void record(ProjectLifecycle project, String step, String outcome, String comment, String decidedBy) {
    String number = organisation.findProjectById(project.getProjectId()).map(ProjectSummary::number).orElse(null);
    decisionLog.record(new Decision(ProjectLifecycleProcess.RECORD_TYPE, project.getProjectId(), number,
        project.getProcessInstanceId(), step, outcome, Inputs.blankToNull(comment), decidedBy));
  }

  /** A decision whose comment the platform composes, read in the reader's language. */
  void record(ProjectLifecycle project, String step, String outcome, Phrase comment, String decidedBy) {
    String number = organisation.findProjectById(project.getProjectId()).map(ProjectSummary::number).orElse(null);
    decisionLog.record(Decision.phrased(ProjectLifecycleProcess.RECORD_TYPE, project.getProjectId(), number,
        project.getProcessInstanceId(), step, outcome, comment, decidedBy));
  }
}
