package kz.jobalyq.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.security.UserNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem as the officials of the escalation chain read it (000 §96–§100): what was raised, by whom and
 * when, the date at risk, the solutions proposed, and why the project lead escalated it if they did, read from our
 * tables when the form opens; the level's name in the reader's language.
 */
@Component
class ProblemFormView implements FormView {

  private final EscalationService problems;
  private final OrganisationService organisation;
  private final UserNames people;
  private final DecisionLog decisionLog;

  ProblemFormView(EscalationService problems, OrganisationService organisation, UserNames people,
      DecisionLog decisionLog) {
    this.problems = problems;
    this.organisation = organisation;
    this.people = people;
    this.decisionLog = decisionLog;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long problemId = task.id(ProblemEscalationProcess.Vars.PROBLEM_ID);
    if (!task.is(ProblemEscalationProcess.KEY) || problemId == null) {
      return Map.of();
    }
    ProblemIssue problem = problems.get(problemId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("number", problem.getNumber());
    view.put("project", problem.getProjectId() == null ? null
        : organisation.findProjectById(problem.getProjectId())
            .map(project -> project.number() + " · " + project.name()).orElse(null));
    view.put("description", problem.getDescription());
    view.put("dateAtRisk", Display.date(problem.getDateAtRisk()));
    view.put("proposedSolutions", problem.getProposedSolutions());
    view.put("raisedBy", problem.getRaisedBy() == null ? null : people.of(problem.getRaisedBy()));
    view.put("raisedAt", Display.dateTime(problem.getRaisedAt()));
    view.put("automaticEscalations", problem.getAutomaticEscalations());
    view.put("levelName", problem.getCurrentLevel() == null ? null
        : EscalationLevel.of(problem.getCurrentLevel()).displayName());
    view.put("leadEscalation", leadEscalation(problemId));
    return Map.of("view", view);
  }

  /** The project lead's latest escalation (000 §100): the level deciding now reads why it came to them. */
  private Map<String, Object> leadEscalation(Long problemId) {
    List<DecisionRecord> escalations = decisionLog.historyOf(ProblemEscalationProcess.RECORD_TYPE, problemId).stream()
        .filter(decision -> ProblemEscalationProcess.BOUNDARY_LEAD_ESCALATED.equals(decision.getStep())).toList();
    if (escalations.isEmpty()) {
      return null;
    }
    DecisionRecord latest = escalations.get(escalations.size() - 1);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reason", latest.getComment());
    view.put("by", people.of(latest.getDecidedBy()));
    view.put("at", Display.dateTime(latest.getDecidedAt()));
    return view;
  }
}
