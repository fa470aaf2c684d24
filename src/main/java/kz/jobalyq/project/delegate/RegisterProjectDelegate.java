package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.flag;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.List;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectProposal;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the proposed project (or links the project an initiative already registered), makes its
 * number the business key and gives the process the project's place in the hierarchy.
 */
@Component("registerProjectDelegate")
public class RegisterProjectDelegate implements JavaDelegate {

  /** The proposal's texts live in project_lifecycle after registration. */
  private static final List<String> PROPOSAL_FIELDS = List.of("proposalGoal", "proposalScope", "expectedResults",
      "plannedCosts");

  private final ProjectService projects;
  private final OrganisationService organisation;

  public RegisterProjectDelegate(ProjectService projects, OrganisationService organisation) {
    this.projects = projects;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProjectSummary project;
    if (execution.getVariable(Vars.PROJECT_ID) == null) {
      project = projects.register(new ProjectProposal(text(execution, Vars.PROJECT_NAME),
          text(execution, Vars.PROJECT_GROUP_CODE), flag(execution, Vars.PROJECT_REGULATED),
          text(execution, Vars.INITIATOR_NAME), text(execution, "proposalGoal"), text(execution, "proposalScope"),
          text(execution, "expectedResults"), decimal(execution, "plannedCosts")),
          CurrentUser.of(execution.getProcessEngineServices()));
      String lead = text(execution, Vars.PROJECT_LEAD_USER_ID);
      if (lead != null && !lead.isBlank()) {
        organisation.appointProjectLead(project.number(), lead.strip());
      }
      execution.removeVariable(Vars.PROJECT_LEAD_USER_ID);
    } else {
      project = organisation.findProjectById(ProjectVariables.projectId(execution)).orElseThrow();
    }
    projects.linkProcess(project.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(project.number());
    execution.setVariable(Vars.PROJECT_ID, project.id());
    execution.setVariable(Vars.PROJECT_NUMBER, project.number());
    execution.setVariable(Vars.PROJECT_NAME, project.name());
    execution.setVariable(Vars.PROJECT_REGULATED, project.regulated());
    execution.setVariable(Vars.PROJECT_GROUP_CODE, project.projectGroupCode());
    execution.setVariable(Vars.PROJECT_GROUP_NAME, project.projectGroupName());
    execution.setVariable(Vars.BASE_DIRECTION_NAME, project.baseDirectionName());
    projects.find(project.id()).ifPresent(lifecycle ->
        execution.setVariable(Vars.INITIATOR_NAME, lifecycle.getInitiatorName()));
    execution.removeVariables(PROPOSAL_FIELDS);
  }
}
