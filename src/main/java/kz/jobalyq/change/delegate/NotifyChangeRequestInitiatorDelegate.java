package kz.jobalyq.change.delegate;

import java.util.List;
import java.util.Locale;
import kz.jobalyq.change.ChangeRequest;
import kz.jobalyq.change.ChangeRequestDecision;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.change.ChangeRequestStatus;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.security.Role;
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
      case ChangeRequestProcess.END_REFUSED -> "refused";
      case ChangeRequestProcess.END_REJECTED -> "rejected";
      case ChangeRequestProcess.END_SUSPENDED -> "suspended";
      case ChangeRequestProcess.END_TERMINATED -> "terminated";
      case ChangeRequestProcess.END_RESUMED -> "resumed";
      default -> "accepted";
    };
    List<ChangeRequestDecision> refusals = request.getStatus() != ChangeRequestStatus.REFUSED ? List.of()
        : changeRequests.decisionsOf(request.getId()).stream().filter(decision -> !decision.isApproved()).toList();
    notifications.notifyUser(request.getFiledBy(), Notice.of("change.notice." + outcome + ".subject",
        "change.notice.closed.message", request.getNumber(), Notice.term("change.notice." + outcome + ".outcome"),
        (Notice.Wording) language -> grounds(request, refusals, language)));
  }

  /** Why it was refused: the grounds given at review and each refusing approver's. */
  private static String grounds(ChangeRequest request, List<ChangeRequestDecision> refusals, Locale language) {
    StringBuilder grounds = new StringBuilder();
    if (request.getStatus() == ChangeRequestStatus.REFUSED && request.getRefusalGrounds() != null) {
      grounds.append(Messages.text(language, "change.notice.grounds", request.getRefusalGrounds()));
    }
    refusals.forEach(decision -> grounds.append(Messages.text(language, "change.notice.groundsOf",
        Role.ofGroup(decision.getApproverGroup()).map(role -> role.displayName(language))
            .orElse(decision.getApproverGroup()), decision.getComment())));
    return grounds.toString();
  }
}
