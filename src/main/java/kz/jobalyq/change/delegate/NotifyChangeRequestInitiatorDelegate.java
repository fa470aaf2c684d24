package kz.jobalyq.change.delegate;

import kz.jobalyq.change.ChangeRequest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.change.ChangeRequestStatus;
import kz.jobalyq.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells whoever filed the request how it ended and why (§106.3), on every end of the process. */
@Component("notifyChangeRequestInitiatorDelegate")
public class NotifyChangeRequestInitiatorDelegate implements JavaDelegate {

  private final ChangeRequestService changeRequests;
  private final NotificationService notifications;

  public NotifyChangeRequestInitiatorDelegate(ChangeRequestService changeRequests,
      NotificationService notifications) {
    this.changeRequests = changeRequests;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRequest request = changeRequests.get((Long) execution.getVariable(Vars.CHANGE_REQUEST_ID));
    String outcome = switch (execution.getCurrentActivityId()) {
      case ChangeRequestProcess.END_REFUSED -> "бас тартылды";
      case ChangeRequestProcess.END_REJECTED -> "шешім бойынша бас тартылды";
      case ChangeRequestProcess.END_SUSPENDED -> "жоба тоқтатыла тұрды";
      case ChangeRequestProcess.END_TERMINATED -> "жоба тоқтатылды";
      case ChangeRequestProcess.END_RESUMED -> "жоба қайта басталды";
      default -> "орындауға қабылданды";
    };
    StringBuilder message = new StringBuilder("Сұрау салу ").append(request.getNumber()).append(": ").append(outcome)
        .append('.');
    if (request.getStatus() == ChangeRequestStatus.REFUSED) {
      if (request.getRefusalGrounds() != null) {
        message.append(" Негіздеме: ").append(request.getRefusalGrounds());
      }
      changeRequests.decisionsOf(request.getId()).stream().filter(decision -> !decision.isApproved())
          .forEach(decision -> message.append(" Негіздеме (").append(decision.getApproverGroup()).append("): ")
              .append(decision.getComment()));
    }
    notifications.notifyUser(request.getFiledBy(), request.getNumber() + " · " + capitalized(outcome),
        message.toString());
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
