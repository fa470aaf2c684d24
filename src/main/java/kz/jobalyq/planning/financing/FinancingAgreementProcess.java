package kz.jobalyq.planning.financing;

/**
 * The {@code financing-agreement} process: the life of an EU financing agreement from its last signature (t0)
 * to the cancellation of its balance at M90, with the contract register, requests, suspension and the
 * six-monthly reporting as event sub-processes (EU-FINANCING.md; seed 003 SC, GC, TAP).
 */
public final class FinancingAgreementProcess {

  public static final String KEY = "financing-agreement";
  public static final String DECISION_CUTOFF = "contract-signing-cutoff";
  public static final String RECORD_TYPE = "FINANCING_AGREEMENT";

  public static final String MESSAGE_CONTRACT_REGISTERED = "FinancedContractRegistered";
  public static final String MESSAGE_PAYMENT_RECORDED = "FinancedContractPaymentRecorded";
  public static final String MESSAGE_EXTENSION_REQUESTED = "FinancingExtensionRequested";
  public static final String MESSAGE_AMENDMENT_REQUESTED = "FinancingAmendmentRequested";
  public static final String MESSAGE_CONTINGENCY_REQUESTED = "FinancingContingencyRequested";
  public static final String MESSAGE_SUSPENDED = "FinancingAgreementSuspended";
  public static final String ESCALATION_NOTICE_GIVEN = "TerminationNoticeGiven";
  public static final String ESCALATION_TERMINATION_EFFECTIVE = "AgreementTerminationEffective";

  // --- life cycle ---
  public static final String START_EVENT = "StartEvent_AgreementSigned";
  public static final String TASK_REGISTER = "Task_RegisterAgreement";
  public static final String GATEWAY_START_TRACKS = "Gateway_StartTracks";
  public static final String TIMER_CUTOFF = "TimerEvent_CutoffReached";
  public static final String TASK_APPLY_CUTOFF = "Task_ApplyCutoff";
  public static final String GATEWAY_AUTO_TERMINATED = "Gateway_AutoTerminated";
  public static final String FLOW_AUTO_TERMINATED_YES = "SequenceFlow_AutoTerminatedYes";
  public static final String FLOW_AUTO_TERMINATED_NO = "SequenceFlow_AutoTerminatedNo";
  public static final String END_AUTO_TERMINATED = "EndEvent_AgreementAutoTerminated";
  public static final String GATEWAY_OPERATIONAL_END_MERGE = "Gateway_OperationalEndMerge";
  public static final String TIMER_OPERATIONAL_END = "TimerEvent_OperationalPhaseEnds";
  public static final String GATEWAY_OPERATIONAL_EXTENDED = "Gateway_OperationalPhaseExtended";
  public static final String FLOW_OPERATIONAL_EXTENDED_YES = "SequenceFlow_OperationalPhaseExtendedYes";
  public static final String FLOW_OPERATIONAL_EXTENDED_NO = "SequenceFlow_OperationalPhaseExtendedNo";
  public static final String TASK_START_CLOSURE = "Task_StartClosurePhase";
  public static final String GATEWAY_CLOSURE_END_MERGE = "Gateway_ClosureEndMerge";
  public static final String TIMER_CLOSURE_END = "TimerEvent_ClosurePhaseEnds";
  public static final String GATEWAY_CLOSURE_EXTENDED = "Gateway_ClosurePhaseExtended";
  public static final String FLOW_CLOSURE_EXTENDED_YES = "SequenceFlow_ClosurePhaseExtendedYes";
  public static final String FLOW_CLOSURE_EXTENDED_NO = "SequenceFlow_ClosurePhaseExtendedNo";
  public static final String TASK_EXPIRE = "Task_ExpireAgreement";
  public static final String TIMER_BALANCE = "TimerEvent_BalanceCancellation";
  public static final String TASK_CANCEL_BALANCE = "Task_CancelBalance";
  public static final String END_BALANCE_CANCELLED = "EndEvent_BalanceCancelled";

  // --- six-monthly reports and steering committee meetings ---
  public static final String GATEWAY_PERIOD_LOOP = "Gateway_PeriodLoopMerge";
  public static final String TASK_PLAN_PERIOD = "Task_PlanNextPeriod";
  public static final String GATEWAY_PERIOD_WITHIN = "Gateway_PeriodWithinExecution";
  public static final String FLOW_PERIOD_WITHIN_YES = "SequenceFlow_PeriodWithinExecutionYes";
  public static final String FLOW_PERIOD_WITHIN_NO = "SequenceFlow_PeriodWithinExecutionNo";
  public static final String END_REPORTING = "EndEvent_ReportingCompleted";
  public static final String TIMER_PERIOD_OPENS = "TimerEvent_PeriodOpens";
  public static final String TASK_OPEN_PERIOD = "Task_OpenPeriod";
  public static final String GATEWAY_PERIOD_FORK = "Gateway_PeriodFork";
  public static final String SUBPROCESS_PERIOD = "SubProcess_ReportingPeriod";
  public static final String TASK_REPORT = "Task_SubmitSixMonthlyReport";
  public static final String TASK_MEETING = "Task_HoldSteeringCommitteeMeeting";
  public static final String BOUNDARY_REPORT_REMINDER = "BoundaryEvent_ReportReminder";
  public static final String BOUNDARY_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
  public static final String BOUNDARY_MEETING_REMINDER = "BoundaryEvent_MeetingReminder";
  public static final String BOUNDARY_MEETING_OVERDUE = "BoundaryEvent_MeetingOverdue";

  // --- contract register ---
  public static final String SUBPROCESS_CONTRACT = "SubProcess_ContractRegistered";
  public static final String START_CONTRACT = "StartEvent_ContractRegistered";
  public static final String GATEWAY_PAYMENTS_EXPECTED = "Gateway_PaymentsExpected";
  public static final String END_ADDENDUM = "EndEvent_AddendumRegistered";
  public static final String TIMER_CONTRACT_PAYMENT = "TimerEvent_ContractPaymentDeadline";
  public static final String TASK_CHECK_CONTRACT_PAYMENT = "Task_CheckContractPayment";
  public static final String GATEWAY_CONTRACT_PAID = "Gateway_ContractPaid";
  public static final String TASK_TERMINATE_CONTRACT = "Task_TerminateUnpaidContract";
  public static final String END_CONTRACT_TERMINATED = "EndEvent_ContractTerminated";
  public static final String END_CONTRACT_IN_PAYMENT = "EndEvent_ContractInPayment";
  public static final String SUBPROCESS_PAYMENT = "SubProcess_PaymentRecorded";
  public static final String TASK_APPLY_PAYMENT = "Task_ApplyPayment";

  // --- extension ---
  public static final String SUBPROCESS_EXTENSION = "SubProcess_ExtensionRequested";
  public static final String GATEWAY_EXTENSION_IN_TIME = "Gateway_ExtensionInTime";
  public static final String TASK_REFUSE_LATE_EXTENSION = "Task_RefuseLateExtension";
  public static final String END_EXTENSION_REFUSED_LATE = "EndEvent_ExtensionRefusedLate";
  public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
  public static final String BOUNDARY_EXTENSION_REMINDER = "BoundaryEvent_ExtensionDecisionReminder";
  public static final String BOUNDARY_EXTENSION_NOT_DECIDED = "BoundaryEvent_ExtensionNotDecided";
  public static final String TASK_LAPSE_EXTENSION = "Task_LapseExtension";
  public static final String END_EXTENSION_LAPSED = "EndEvent_ExtensionLapsed";
  public static final String TASK_EXTEND_PHASE = "Task_ExtendPhase";
  public static final String END_PHASE_EXTENDED = "EndEvent_PhaseExtended";
  public static final String END_EXTENSION_REFUSED = "EndEvent_ExtensionRefused";

  // --- amendment ---
  public static final String SUBPROCESS_AMENDMENT = "SubProcess_AmendmentRequested";
  public static final String GATEWAY_AMENDMENT_IN_TIME = "Gateway_AmendmentInTime";
  public static final String TASK_REFUSE_LATE_AMENDMENT = "Task_RefuseLateAmendment";
  public static final String END_AMENDMENT_REFUSED_LATE = "EndEvent_AmendmentRefusedLate";
  public static final String SUBPROCESS_AMENDMENT_APPROVALS = "SubProcess_AmendmentApprovals";
  public static final String TASK_APPROVE_AMENDMENT_BENEFICIARY = "Task_ApproveAmendmentBeneficiary";
  public static final String TASK_APPROVE_AMENDMENT_COMMISSION = "Task_ApproveAmendmentCommission";
  public static final String BOUNDARY_AMENDMENT_REMINDER = "BoundaryEvent_AmendmentReminder";
  public static final String BOUNDARY_AMENDMENT_OVERDUE = "BoundaryEvent_AmendmentOverdue";
  public static final String TASK_CONCLUDE_AMENDMENT = "Task_ConcludeAmendment";
  public static final String END_AMENDMENT_AGREED = "EndEvent_AmendmentAgreed";
  public static final String END_AMENDMENT_NOT_AGREED = "EndEvent_AmendmentNotAgreed";

  // --- suspension and termination ---
  public static final String SUBPROCESS_SUSPENSION = "SubProcess_Suspension";
  public static final String TASK_NOTIFY_SUSPENSION = "Task_NotifySuspension";
  public static final String SUBPROCESS_SUSPENSION_PENDING = "SubProcess_SuspensionPending";
  public static final String TASK_RESUME = "Task_ResumeAgreement";
  public static final String BOUNDARY_SUSPENSION_UNRESOLVED = "BoundaryEvent_SuspensionUnresolved";
  public static final String TASK_RECORD_UNRESOLVED = "Task_RecordSuspensionUnresolved";
  public static final String TASK_GIVE_NOTICE = "Task_GiveTerminationNotice";
  public static final String BOUNDARY_NOTICE_GIVEN = "BoundaryEvent_TerminationNoticeGiven";
  public static final String TIMER_NOTICE_PERIOD = "TimerEvent_NoticePeriodEnds";
  public static final String END_AGREEMENT_RESUMED = "EndEvent_AgreementResumed";
  public static final String SUBPROCESS_TERMINATION = "SubProcess_AgreementTerminated";
  public static final String TASK_TERMINATE = "Task_TerminateAgreement";
  public static final String END_TERMINATED = "EndEvent_AgreementTerminated";

  // --- contingency reserve ---
  public static final String SUBPROCESS_CONTINGENCY = "SubProcess_ContingencyRequested";
  public static final String TASK_CONTINGENCY_STATEMENT = "Task_WriteContingencyStatement";
  public static final String END_CONTINGENCY_WITHDRAWN = "EndEvent_ContingencyWithdrawn";
  public static final String TASK_CONTINGENCY_CONSENT = "Task_ConsentToContingencyUse";
  public static final String END_CONTINGENCY_REFUSED = "EndEvent_ContingencyRefused";
  public static final String TASK_APPROVE_CONTINGENCY = "Task_ApproveContingencyUse";
  public static final String END_CONTINGENCY_RECORDED = "EndEvent_ContingencyUseRecorded";

  public static final String FORM_REGISTRATION = "financing-agreement-registration";
  public static final String FORM_REPORT = "financing-six-monthly-report";
  public static final String FORM_MEETING = "financing-steering-committee-meeting";
  public static final String FORM_EXTENSION = "financing-extension-decision";
  public static final String FORM_AMENDMENT = "financing-amendment-approval";
  public static final String FORM_STATEMENT = "financing-contingency-statement";
  public static final String FORM_CONSENT = "financing-contingency-consent";
  public static final String FORM_RESUMPTION = "financing-suspension-resumption";
  public static final String FORM_NOTICE = "financing-termination-notice";

  /** Variables: ids, dates and flags; the agreement and its register live in our tables. */
  public static final class Vars {
    public static final String AGREEMENT_ID = "agreementId";
    public static final String AGREEMENT_NUMBER = "agreementNumber";
    public static final String AGREEMENT_TITLE = "agreementTitle";
    public static final String REGISTERED_BY = "registeredBy";
    public static final String CUTOFF_AT = "cutoffAt";
    public static final String OPERATIONAL_ENDS_AT = "operationalEndsAt";
    public static final String CLOSURE_ENDS_AT = "closureEndsAt";
    public static final String BALANCE_CANCELLED_AT = "balanceCancelledAt";
    public static final String AUTO_TERMINATED = "autoTerminated";
    // Reporting periods
    public static final String NEXT_PERIOD_OPENS_AT = "nextPeriodOpensAt";
    public static final String PERIOD_WITHIN_EXECUTION = "periodWithinExecution";
    public static final String PERIOD_ID = "periodId";
    public static final String PERIOD_NUMBER = "periodNumber";
    public static final String PERIOD_DUE = "periodDue";
    // Start form
    public static final String TITLE = "title";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String EU_CONTRIBUTION = "euContribution";
    public static final String CONTINGENCY_RESERVE = "contingencyReserve";
    public static final String BENEFICIARY_SIGNED_ON = "beneficiarySignedOn";
    public static final String COMMISSION_SIGNED_ON = "commissionSignedOn";
    // Contract and payment sub-processes (local)
    public static final String CONTRACT_ID = "contractId";
    public static final String CONTRACT_REFERENCE = "contractReference";
    public static final String PAYMENTS_EXPECTED = "paymentsExpected";
    public static final String PAYMENT_DEADLINE = "paymentDeadline";
    public static final String CONTRACT_PAID = "contractPaid";
    public static final String PAYMENT_ID = "paymentId";
    // Request sub-processes (local)
    public static final String REQUEST_ID = "requestId";
    public static final String REQUEST_NUMBER = "requestNumber";
    /** Composed in the reader's language as the deciding form opens (FinancingFormView), never stored. */
    public static final String REQUEST_SUMMARY = "requestSummary";
    public static final String LEAD_TIME_MET = "leadTimeMet";
    public static final String PHASE_ENDS_AT = "phaseEndsAt";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    public static final String WAIVER_REQUESTED = "waiverRequested";
    public static final String APPROVAL_DUE = "approvalDue";
    public static final String AMENDMENT_AGREED = "amendmentAgreed";
    public static final String STATEMENT_GIVEN = "statementGiven";
    public static final String CONSENT_GIVEN = "consentGiven";
    // Suspension sub-process (local)
    public static final String SUSPENSION_ID = "suspensionId";
    /** Stored in Kazakh for the notice; the forms compose it in their reader's language (FinancingFormView). */
    public static final String SUSPENSION_SUMMARY = "suspensionSummary";
    public static final String UNRESOLVED_AT = "unresolvedAt";
    public static final String TERMINATION_EFFECTIVE_AT = "terminationEffectiveAt";
    // Task forms
    public static final String REPORT_REFERENCE = "reportReference";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String MEETING_HELD_ON = "meetingHeldOn";
    public static final String MINUTES_REFERENCE = "minutesReference";
    public static final String MEETING_DECISIONS = "meetingDecisions";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String AMENDMENT_DECISION = "amendmentDecision";
    public static final String DECISION_COMMENT = "decisionComment";
    public static final String STATEMENT_DECISION = "statementDecision";
    public static final String STATEMENT_REFERENCE = "statementReference";
    public static final String CONSENT_DECISION = "consentDecision";
    public static final String CONSENT_REFERENCE = "consentReference";
    public static final String RESOLUTION = "resolution";
    public static final String NOTICE_PARTY = "noticeParty";
    public static final String NOTICE_REASON = "noticeReason";

    private Vars() {
    }
  }

  private FinancingAgreementProcess() {
  }
}
