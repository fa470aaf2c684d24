package kz.jobalyq.planning.financing.delegate;

import static kz.jobalyq.planning.financing.delegate.FinancingAgreementSteps.id;
import static kz.jobalyq.planning.financing.delegate.FinancingAgreementSteps.setMilestones;
import static kz.jobalyq.system.process.ProcessVariables.choice;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.List;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.planning.financing.FinancingAgreementProcess;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.planning.financing.FinancingRequestService;
import kz.jobalyq.planning.financing.Party;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the parties' requests on a financing agreement (GC 4.4–4.5, 17; TAP §13): phase extension,
 * amendment and the use of the contingency reserve. Each maps variables to {@link FinancingRequestService} and
 * puts back only flags (and, for an approved extension, the new timers' dates).
 */
@Configuration
public class FinancingRequestSteps {

  // --- extension ---

  @Bean
  JavaDelegate refuseLateExtensionDelegate(FinancingRequestService requests) {
    return execution -> requests.refuseLateExtension(requestId(execution));
  }

  @Bean
  TaskListener recordExtensionDecisionListener(FinancingRequestService requests) {
    return task -> {
      boolean approved = choice(task, Vars.EXTENSION_DECISION, "approve", "refuse");
      requests.decideExtension(requestId(task), approved, text(task, Vars.DECISION_COMMENT),
          CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.EXTENSION_APPROVED, approved);
      task.getExecution().removeVariables(List.of(Vars.EXTENSION_DECISION, Vars.DECISION_COMMENT));
    };
  }

  @Bean
  JavaDelegate remindExtensionDecisionDelegate(NotificationService notifications) {
    return execution -> notifications.notifyGroup(Role.EUROPEAN_COMMISSION.groupId(), Notice.of(
        "financing.notice.extensionDueSoon.subject", "financing.notice.extensionDueSoon.message",
        execution.getVariable(Vars.REQUEST_NUMBER), execution.getVariable(Vars.PHASE_ENDS_AT)));
  }

  @Bean
  JavaDelegate lapseExtensionDelegate(FinancingRequestService requests, NotificationService notifications) {
    return execution -> {
      requests.lapseExtension(requestId(execution));
      notifications.notifyGroup(Role.NATIONAL_COORDINATOR.groupId(), Notice.of(
          "financing.notice.extensionLapsed.subject", "financing.notice.extensionLapsed.message",
          execution.getVariable(Vars.REQUEST_NUMBER)));
    };
  }

  /** The Commission approved: the new phase ends become the timers' dates (the life-cycle timers wait again). */
  @Bean
  JavaDelegate extendAgreementPhaseDelegate(FinancingRequestService requests) {
    return execution -> setMilestones(execution.getProcessInstance(), requests.extendPhase(requestId(execution)));
  }

  // --- amendment ---

  @Bean
  JavaDelegate refuseLateAmendmentDelegate(FinancingRequestService requests) {
    return execution -> requests.refuseLateAmendment(requestId(execution));
  }

  /** Both parties' approval tasks: the task says whose answer it is. */
  @Bean
  TaskListener recordAmendmentApprovalListener(FinancingRequestService requests) {
    return task -> {
      Party party = FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_BENEFICIARY.equals(task.getTaskDefinitionKey())
          ? Party.BENEFICIARY : Party.COMMISSION;
      boolean approved = choice(task, Vars.AMENDMENT_DECISION, "approve", "refuse");
      requests.approveAmendment(requestId(task), party, approved, text(task, Vars.DECISION_COMMENT),
          CurrentUser.completing(task));
      task.getExecution().removeVariables(List.of(Vars.AMENDMENT_DECISION, Vars.DECISION_COMMENT));
    };
  }

  @Bean
  JavaDelegate remindAmendmentApprovalsDelegate(NotificationService notifications) {
    return execution -> {
      Notice notice = Notice.of("financing.notice.amendmentDueSoon.subject",
          "financing.notice.amendmentDueSoon.message", execution.getVariable(Vars.REQUEST_NUMBER));
      notifications.notifyGroup(Role.GOVERNMENT.groupId(), notice);
      notifications.notifyGroup(Role.EUROPEAN_COMMISSION.groupId(), notice);
    };
  }

  @Bean
  JavaDelegate reportAmendmentOverdueDelegate(NotificationService notifications) {
    return execution -> {
      Notice notice = Notice.of("financing.notice.amendmentOverdue.subject",
          "financing.notice.amendmentOverdue.message", execution.getVariable(Vars.REQUEST_NUMBER));
      notifications.notifyGroup(Role.NATIONAL_COORDINATOR.groupId(), notice);
      notifications.notifyGroup(Role.EU_DELEGATION.groupId(), notice);
    };
  }

  @Bean
  JavaDelegate concludeAmendmentDelegate(FinancingRequestService requests) {
    return execution -> execution.setVariable(Vars.AMENDMENT_AGREED, requests.concludeAmendment(requestId(execution)));
  }

  // --- contingency reserve ---

  @Bean
  TaskListener recordContingencyStatementListener(FinancingRequestService requests) {
    return task -> {
      boolean given = choice(task, Vars.STATEMENT_DECISION, "state", "withdraw");
      requests.recordStatement(requestId(task), given, text(task, Vars.STATEMENT_REFERENCE),
          text(task, Vars.DECISION_COMMENT), CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.STATEMENT_GIVEN, given);
      task.getExecution().removeVariables(List.of(Vars.STATEMENT_DECISION, Vars.STATEMENT_REFERENCE,
          Vars.DECISION_COMMENT));
    };
  }

  @Bean
  TaskListener recordContingencyConsentListener(FinancingRequestService requests) {
    return task -> {
      boolean consent = choice(task, Vars.CONSENT_DECISION, "consent", "refuse");
      requests.recordConsent(requestId(task), consent, text(task, Vars.CONSENT_REFERENCE),
          text(task, Vars.DECISION_COMMENT), CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.CONSENT_GIVEN, consent);
      task.getExecution().removeVariables(List.of(Vars.CONSENT_DECISION, Vars.CONSENT_REFERENCE,
          Vars.DECISION_COMMENT));
    };
  }

  @Bean
  JavaDelegate approveContingencyUseDelegate(FinancingRequestService requests) {
    return execution -> requests.approveContingencyUse(requestId(execution));
  }

  // --- helpers ---

  private static Long requestId(VariableScope scope) {
    return id(scope, Vars.REQUEST_ID);
  }
}
