package kz.jobalyq.escalation.delegate;

import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.flag;
import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.List;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import kz.jobalyq.escalation.ProblemIssue;
import kz.jobalyq.escalation.ProblemSource;
import kz.jobalyq.escalation.RaisedProblem;
import kz.jobalyq.escalation.Severity;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.TaskTitles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the raised problem, makes its number the business key and leaves the routing flags. */
@Component("registerProblemDelegate")
public class RegisterProblemDelegate implements JavaDelegate {

  private static final String SOURCE = "problemSource";
  private static final String RAISED_BY = "raisedBy";

  private final EscalationService escalation;
  private final OrganisationService organisation;

  public RegisterProblemDelegate(EscalationService escalation, OrganisationService organisation) {
    this.escalation = escalation;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RaisedProblem raised = new RaisedProblem(text(execution, Vars.PROJECT_NUMBER), text(execution, Vars.DESCRIPTION),
        date(execution, Vars.DATE_AT_RISK), flag(execution, Vars.SCHEDULE_AT_RISK),
        enumValue(execution, Vars.SEVERITY, Severity.class), text(execution, Vars.PROPOSED_SOLUTIONS),
        integer(execution, Vars.SUGGESTED_LEVEL));
    ProblemSource source = execution.hasVariable(SOURCE) ? enumValue(execution, SOURCE, ProblemSource.class)
        : ProblemSource.FORM;
    String raisedBy = execution.hasVariable(RAISED_BY) ? text(execution, RAISED_BY)
        : CurrentUser.of(execution.getProcessEngineServices());
    ProblemIssue problem = escalation.register(raised, source, raisedBy, execution.getProcessInstanceId());

    execution.setProcessBusinessKey(problem.getNumber());
    execution.setVariable(Vars.PROBLEM_ID, problem.getId());
    execution.setVariable(Vars.PROBLEM_NUMBER, problem.getNumber());
    // Tasklist shows the problem by its words next to its number (system/process/TaskTitles).
    execution.setVariable(TaskTitles.RECORD_TITLE, raised.description());
    execution.setVariable(Vars.PROJECT_REGULATED,
        organisation.findProjectById(problem.getProjectId()).orElseThrow().regulated());
    execution.setVariable(Vars.SEVERITY, problem.getSeverity().name());
    execution.setVariable(Vars.SCHEDULE_AT_RISK, problem.isScheduleAtRisk());
    execution.setVariable(Vars.SUGGESTED_LEVEL, problem.getSuggestedLevel());
    execution.removeVariables(List.of(Vars.DESCRIPTION, Vars.PROPOSED_SOLUTIONS, Vars.DATE_AT_RISK, SOURCE, RAISED_BY));
  }
}
