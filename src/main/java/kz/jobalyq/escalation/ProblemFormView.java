package kz.jobalyq.escalation;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.security.UserNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem as the officials of the escalation chain read it (000 §96–§100): what was raised, by whom and
 * when, the date at risk, the solutions proposed, read from our tables when the form opens.
 */
@Component
class ProblemFormView implements FormView {

  private final EscalationService problems;
  private final OrganisationService organisation;
  private final UserNames people;

  ProblemFormView(EscalationService problems, OrganisationService organisation, UserNames people) {
    this.problems = problems;
    this.organisation = organisation;
    this.people = people;
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
    return Map.of("view", view);
  }
}
