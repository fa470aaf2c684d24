package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.change.ChangeRequestDraft;
import kz.jobalyq.change.ChangeRequestProcess.Filing;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.change.ChangeRequestService.Registered;
import kz.jobalyq.change.ChangeRequestType;
import kz.jobalyq.change.ChangeSubject;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the filed change sheet in the project archive, makes its number the business key and
 * leaves only the id and routing flags in the process.
 */
@Component("registerChangeRequestDelegate")
public class RegisterChangeRequestDelegate implements JavaDelegate {

  private final ChangeRequestService changeRequests;

  public RegisterChangeRequestDelegate(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRequestDraft draft = new ChangeRequestDraft(
        text(execution, Filing.PROJECT_NUMBER),
        enumValue(execution, Filing.REQUEST_TYPE, ChangeRequestType.class),
        enumValue(execution, Filing.SUBJECT, ChangeSubject.class),
        text(execution, Filing.DESCRIPTION),
        text(execution, Filing.JUSTIFICATION),
        date(execution, Filing.PROPOSED_END_DATE),
        decimal(execution, Filing.PROPOSED_BUDGET),
        text(execution, Filing.PROPOSED_SCOPE),
        text(execution, Filing.PROPOSED_QUALITY),
        date(execution, Filing.ANSWER_NEEDED_BY));
    Registered registered = changeRequests.register(draft, CurrentUser.of(execution.getProcessEngineServices()),
        execution.getProcessInstanceId());

    execution.setProcessBusinessKey(registered.number());
    // The number is the business key (task names show it); the filing moment is now, when the review's deadline
    // is set, and stays in change_request: neither is kept again as a variable.
    execution.setVariable(Vars.CHANGE_REQUEST_ID, registered.id());
    execution.setVariable(Filing.PROJECT_NUMBER, registered.projectNumber());
    // The final-report form of a suspension or termination shows the project in its header.
    execution.setVariable("projectName", registered.projectName());
    execution.setVariable(Filing.REQUEST_TYPE, draft.type().name());
    // Only a date the filer gave is kept for the review timer (which asks for it by name, so none is needed).
    if (draft.answerNeededBy() == null) {
      execution.removeVariable(Filing.ANSWER_NEEDED_BY);
    } else {
      execution.setVariable(Filing.ANSWER_NEEDED_BY, draft.answerNeededBy().toString());
    }
    execution.removeVariables(Filing.MOVED_TO_ARCHIVE);
  }
}
