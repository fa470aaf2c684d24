package kz.jobalyq.planning.financing.delegate;

import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.planning.financing.AgreementDraft;
import kz.jobalyq.planning.financing.AgreementSuspension;
import kz.jobalyq.planning.financing.AgreementSuspensions;
import kz.jobalyq.planning.financing.ContractRegisterService;
import kz.jobalyq.planning.financing.FinancingAgreement;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.planning.financing.FinancingAgreementService;
import kz.jobalyq.planning.financing.FinancingAgreementService.Milestones;
import kz.jobalyq.planning.financing.FinancingAgreementService.PeriodPlan;
import kz.jobalyq.planning.financing.Party;
import kz.jobalyq.planning.financing.ReportingPeriod;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the financing-agreement process (EU-FINANCING.md) on the agreement itself — its life cycle,
 * six-monthly reports and meetings, contract register, suspension and termination: each maps variables to a
 * service of the feature and puts back only ids, dates and flags. The parties' requests have their own steps,
 * {@link FinancingRequestSteps}.
 */
@Configuration
public class FinancingAgreementSteps {

  private static final List<String> START_FIELDS = List.of(Vars.TITLE, Vars.LEGAL_BASIS, Vars.EU_CONTRIBUTION,
      Vars.CONTINGENCY_RESERVE, Vars.BENEFICIARY_SIGNED_ON, Vars.COMMISSION_SIGNED_ON);

  // --- registration and life cycle ---

  /** Registers the signed agreement as FA-YYYY-NNNN — the business key — and sets the milestones' timers. */
  @Bean
  JavaDelegate registerFinancingAgreementDelegate(FinancingAgreementService agreements) {
    return execution -> {
      AgreementDraft draft = new AgreementDraft(text(execution, Vars.TITLE), text(execution, Vars.LEGAL_BASIS),
          decimal(execution, Vars.EU_CONTRIBUTION), decimal(execution, Vars.CONTINGENCY_RESERVE),
          date(execution, Vars.BENEFICIARY_SIGNED_ON), date(execution, Vars.COMMISSION_SIGNED_ON));
      FinancingAgreement agreement = agreements.register(draft,
          CurrentUser.of(execution.getProcessEngineServices()), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(agreement.getNumber());
      execution.setVariable(Vars.AGREEMENT_ID, agreement.getId());
      execution.setVariable(Vars.AGREEMENT_NUMBER, agreement.getNumber());
      execution.setVariable(Vars.AGREEMENT_TITLE, agreement.getTitle());
      setMilestones(execution, agreements.milestones(agreement.getId()));
      execution.removeVariables(START_FIELDS);
    };
  }

  @Bean
  JavaDelegate applyFinancingCutoffDelegate(FinancingAgreementService agreements, NotificationService notifications) {
    return execution -> {
      boolean terminated = agreements.applyCutoff(agreementId(execution));
      execution.setVariable(Vars.AUTO_TERMINATED, terminated);
      FinancingAgreement agreement = agreements.require(agreementId(execution));
      notifyBothSides(notifications, terminated
          ? new Notice(Notice.term("financing.notice.cutoffTerminated.subject", agreement.getNumber()),
              language -> agreements.endReason(agreement.getId(), language))
          : Notice.of("financing.notice.cutoffPassed.subject", "financing.notice.cutoffPassed.message",
              agreement.getNumber(), agreement.getCancelledAtCutoff()));
    };
  }

  @Bean
  JavaDelegate startClosurePhaseDelegate(FinancingAgreementService agreements, NotificationService notifications) {
    return execution -> {
      agreements.startClosurePhase(agreementId(execution));
      notifyBothSides(notifications, Notice.of("financing.notice.closureStarted.subject",
          "financing.notice.closureStarted.message", number(execution)));
    };
  }

  @Bean
  JavaDelegate expireFinancingAgreementDelegate(FinancingAgreementService agreements,
      NotificationService notifications) {
    return execution -> {
      agreements.expire(agreementId(execution));
      notifyBothSides(notifications, Notice.of("financing.notice.expired.subject", "financing.notice.expired.message",
          number(execution)));
    };
  }

  @Bean
  JavaDelegate cancelFinancingBalanceDelegate(FinancingAgreementService agreements) {
    return execution -> agreements.cancelBalance(agreementId(execution));
  }

  // --- six-monthly reports and steering committee meetings ---

  @Bean
  JavaDelegate planReportingPeriodDelegate(FinancingAgreementService agreements) {
    return execution -> {
      PeriodPlan plan = agreements.planNextPeriod(agreementId(execution));
      execution.setVariable(Vars.NEXT_PERIOD_OPENS_AT, plan.opensAt());
      execution.setVariable(Vars.PERIOD_WITHIN_EXECUTION, plan.withinExecution());
    };
  }

  @Bean
  JavaDelegate openReportingPeriodDelegate(FinancingAgreementService agreements) {
    return execution -> {
      ReportingPeriod period = agreements.openPeriod(agreementId(execution));
      execution.setVariable(Vars.PERIOD_ID, period.getId());
      execution.setVariable(Vars.PERIOD_NUMBER, period.getNumber());
      execution.setVariable(Vars.PERIOD_DUE, agreements.periodDue(period));
    };
  }

  @Bean
  TaskListener recordSixMonthlyReportListener(FinancingAgreementService agreements) {
    return task -> {
      agreements.submitReport(periodId(task), text(task, Vars.REPORT_REFERENCE), text(task, Vars.REPORT_SUMMARY),
          CurrentUser.completing(task));
      task.getExecution().removeVariables(List.of(Vars.REPORT_REFERENCE, Vars.REPORT_SUMMARY));
    };
  }

  @Bean
  TaskListener recordCommitteeMeetingListener(FinancingAgreementService agreements) {
    return task -> {
      agreements.recordMeeting(periodId(task), date(task, Vars.MEETING_HELD_ON), text(task, Vars.MINUTES_REFERENCE),
          text(task, Vars.MEETING_DECISIONS), CurrentUser.completing(task));
      task.getExecution().removeVariables(List.of(Vars.MEETING_HELD_ON, Vars.MINUTES_REFERENCE,
          Vars.MEETING_DECISIONS));
    };
  }

  @Bean
  JavaDelegate remindSixMonthlyReportDelegate(NotificationService notifications) {
    return execution -> notifications.notifyGroup(Role.NATIONAL_COORDINATOR.groupId(), Notice.of(
        "financing.notice.reportDueSoon.subject", "financing.notice.reportDueSoon.message", number(execution),
        execution.getVariable(Vars.PERIOD_NUMBER), execution.getVariable(Vars.PERIOD_DUE)));
  }

  @Bean
  JavaDelegate markSixMonthlyReportOverdueDelegate(FinancingAgreementService agreements,
      NotificationService notifications) {
    return execution -> {
      agreements.markReportOverdue(periodId(execution));
      String number = number(execution);
      Object period = execution.getVariable(Vars.PERIOD_NUMBER);
      notifications.notifyGroup(Role.FINANCING_STEERING_COMMITTEE.groupId(), Notice.of(
          "financing.notice.reportOverdue.subject", "financing.notice.reportOverdue.committeeMessage", number,
          period));
      notifications.notifyGroup(Role.EU_DELEGATION.groupId(), Notice.of(
          "financing.notice.reportOverdue.subject", "financing.notice.reportOverdue.delegationMessage", number,
          period));
    };
  }

  @Bean
  JavaDelegate remindCommitteeMeetingDelegate(NotificationService notifications) {
    return execution -> notifications.notifyGroup(Role.FINANCING_STEERING_COMMITTEE.groupId(), Notice.of(
        "financing.notice.meetingDueSoon.subject", "financing.notice.meetingDueSoon.message", number(execution),
        execution.getVariable(Vars.PERIOD_DUE)));
  }

  @Bean
  JavaDelegate markCommitteeMeetingOverdueDelegate(FinancingAgreementService agreements,
      NotificationService notifications) {
    return execution -> {
      agreements.markMeetingOverdue(periodId(execution));
      Notice notice = Notice.of("financing.notice.meetingOverdue.subject", "financing.notice.meetingOverdue.message",
          number(execution), execution.getVariable(Vars.PERIOD_NUMBER));
      notifications.notifyGroup(Role.FINANCING_STEERING_COMMITTEE.groupId(), notice);
      notifyBothSides(notifications, notice);
    };
  }

  // --- contract register and payments ---

  @Bean
  JavaDelegate checkContractPaymentDelegate(ContractRegisterService register) {
    return execution -> execution.setVariable(Vars.CONTRACT_PAID, register.paidInTime(contractId(execution)));
  }

  @Bean
  JavaDelegate terminateUnpaidContractDelegate(ContractRegisterService register, NotificationService notifications) {
    return execution -> {
      register.terminateUnpaid(contractId(execution));
      notifyBothSides(notifications, Notice.of("financing.notice.contractTerminated.subject",
          "financing.notice.contractTerminated.message", number(execution),
          execution.getVariable(Vars.CONTRACT_REFERENCE)));
    };
  }

  @Bean
  JavaDelegate applyContractPaymentDelegate(ContractRegisterService register) {
    return execution -> register.applyPayment(((Number) execution.getVariable(Vars.PAYMENT_ID)).longValue());
  }

  // --- suspension and termination ---

  @Bean
  JavaDelegate notifySuspensionDelegate(AgreementSuspensions suspensions, NotificationService notifications) {
    return execution -> {
      Long suspensionId = suspensionId(execution);
      Notice notice = new Notice(Notice.term("financing.notice.suspended.subject", number(execution)),
          language -> suspensions.suspensionSummary(suspensionId, language));
      notifications.notifyGroup(Role.NATIONAL_COORDINATOR.groupId(), notice);
      notifications.notifyGroup(Role.GOVERNMENT.groupId(), notice);
      notifications.notifyGroup(Role.EU_DELEGATION.groupId(), notice);
    };
  }

  @Bean
  TaskListener recordAgreementResumptionListener(AgreementSuspensions suspensions) {
    return task -> {
      suspensions.resume(suspensionId(task), text(task, Vars.RESOLUTION), CurrentUser.completing(task));
      task.getExecution().removeVariable(Vars.RESOLUTION);
    };
  }

  @Bean
  JavaDelegate recordSuspensionUnresolvedDelegate(AgreementSuspensions suspensions,
      NotificationService notifications) {
    return execution -> {
      suspensions.markUnresolved(suspensionId(execution));
      notifyBothSides(notifications, Notice.of("financing.notice.suspensionUnresolved.subject",
          "financing.notice.suspensionUnresolved.message", number(execution)));
    };
  }

  /** Either party gives 2 months' notice; the party is the one the person acts for (or, for an admin, says). */
  @Bean
  TaskListener recordTerminationNoticeListener(AgreementSuspensions suspensions) {
    return task -> {
      Party stated = enumValue(task, Vars.NOTICE_PARTY, Party.class);
      Party party = Party.of(groupsOf(task)).orElse(null);
      if (party == null && stated == null) {
        throw BadInput.of(Vars.NOTICE_PARTY, "financing.noticeParty.required");
      }
      if (party != null && stated != null && party != stated) {
        throw BadInput.of(Vars.NOTICE_PARTY, "financing.party.mismatch", party.displayName());
      }
      AgreementSuspension suspension = suspensions.giveNotice(suspensionId(task), party != null ? party : stated,
          text(task, Vars.NOTICE_REASON), CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.TERMINATION_EFFECTIVE_AT, suspensions.terminationEffectiveAt(suspension));
      task.getExecution().removeVariables(List.of(Vars.NOTICE_PARTY, Vars.NOTICE_REASON));
    };
  }

  @Bean
  JavaDelegate terminateFinancingAgreementDelegate(FinancingAgreementService agreements,
      NotificationService notifications) {
    return execution -> {
      Long agreementId = agreementId(execution);
      agreements.terminate(agreementId);
      notifyBothSides(notifications, new Notice(Notice.term("financing.notice.terminated.subject", number(execution)),
          language -> agreements.endReason(agreementId, language)));
    };
  }

  // --- helpers ---

  /** Also FinancingRequestSteps': an approved extension moves the same timers. */
  static void setMilestones(DelegateExecution execution, Milestones milestones) {
    execution.setVariable(Vars.CUTOFF_AT, milestones.cutoffAt());
    execution.setVariable(Vars.OPERATIONAL_ENDS_AT, milestones.operationalEndsAt());
    execution.setVariable(Vars.CLOSURE_ENDS_AT, milestones.closureEndsAt());
    execution.setVariable(Vars.BALANCE_CANCELLED_AT, milestones.balanceCancelledAt());
  }

  private static void notifyBothSides(NotificationService notifications, Notice notice) {
    notifications.notifyGroup(Role.NATIONAL_COORDINATOR.groupId(), notice);
    notifications.notifyGroup(Role.EU_DELEGATION.groupId(), notice);
  }

  private static List<String> groupsOf(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getGroupIds() != null) {
      return authentication.getGroupIds();
    }
    String user = CurrentUser.completing(task);
    if (user == null) {
      return List.of();
    }
    List<String> groups = new ArrayList<>();
    for (Group group : task.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(user)
        .list()) {
      groups.add(group.getId());
    }
    return groups;
  }

  private static Long agreementId(VariableScope scope) {
    return id(scope, Vars.AGREEMENT_ID);
  }

  private static Long periodId(VariableScope scope) {
    return id(scope, Vars.PERIOD_ID);
  }

  private static Long contractId(VariableScope scope) {
    return id(scope, Vars.CONTRACT_ID);
  }

  private static Long suspensionId(VariableScope scope) {
    return id(scope, Vars.SUSPENSION_ID);
  }

  /** Also FinancingRequestSteps': the process keeps every record's id under its own name. */
  static Long id(VariableScope scope, String name) {
    return ((Number) scope.getVariable(name)).longValue();
  }

  private static String number(DelegateExecution execution) {
    return String.valueOf(execution.getVariable(Vars.AGREEMENT_NUMBER));
  }
}
