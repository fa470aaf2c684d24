package kz.jobalyq.initiative.delegate;

import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.initiative.Initiative;
import kz.jobalyq.initiative.InitiativeLevel;
import kz.jobalyq.initiative.InitiativeProcess.Vars;
import kz.jobalyq.initiative.InitiativeProposal;
import kz.jobalyq.initiative.InitiativeService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the proposal as an initiative; its number INI-YYYY-NNNN becomes the business key (§49). */
@Component("registerInitiativeDelegate")
public class RegisterInitiativeDelegate implements JavaDelegate {

  private final InitiativeService initiatives;

  public RegisterInitiativeDelegate(InitiativeService initiatives) {
    this.initiatives = initiatives;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Initiative initiative = initiatives.register(new InitiativeProposal(text(execution, Vars.TITLE),
        text(execution, Vars.PROJECT_GROUP_CODE), text(execution, Vars.INITIATOR_NAME),
        text(execution, Vars.DESCRIPTION), enumValue(execution, Vars.LEVEL, InitiativeLevel.class)),
        CurrentUser.of(execution.getProcessEngineServices()), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(initiative.getNumber());
    execution.setVariable(Vars.INITIATIVE_ID, initiative.getId());
    execution.setVariable(Vars.INITIATIVE_NUMBER, initiative.getNumber());
    execution.setVariable(Vars.TITLE, initiative.getTitle());
    execution.setVariable(Vars.LEVEL, initiative.getLevel().name());
    // The initiator's stage tasks reach the person who filed the initiative, not every initiator.
    execution.setVariable(RecordScope.OWNER_USER_ID, initiative.getProposedBy());
    // The passport's "direction" opens with the initiative's place in the hierarchy.
    initiatives.directionOf(initiative).ifPresent(group ->
        execution.setVariable("passportDirection", group.baseDirectionName() + " / " + group.name()));
    execution.removeVariable(Vars.DESCRIPTION);
  }
}
