package kz.jobalyq.planning.operational;

/**
 * The {@code operational-plan} process: a state body's operational plan from the signing of its development plan —
 * proposals, assembly in the Annex 1 structure, approval within 10 calendar days (seed 004 §5–§6) — through four
 * quarters of information, monitoring reports and the officials' decisions (§11–§17), with corrections (§18), to
 * its closing.
 */
public final class OperationalPlanProcess {

  public static final String KEY = "operational-plan";
  public static final String RECORD_TYPE = "OPERATIONAL_PLAN";
  public static final String DECISION_REPORTING_SCHEDULE = "operational-plan-reporting-schedule";
  public static final String MESSAGE_DEVELOPMENT_PLAN_CHANGED = "DevelopmentPlanChanged";
  public static final int QUARTERS = 4;

  public static final String START_EVENT = "StartEvent_DevelopmentPlanSigned";
  public static final String TASK_REGISTER = "Task_RegisterPlan";

  // Preparation and approval (§5–§6)
  public static final String SUBPROCESS_PREPARATION = "SubProcess_Preparation";
  public static final String PREPARATION_START = "StartEvent_PreparationStarted";
  public static final String TASK_SUBMIT_PROPOSALS = "Task_SubmitProposals";
  public static final String GATEWAY_ASSEMBLY_MERGE = "Gateway_AssemblyMerge";
  public static final String TASK_ASSEMBLE = "Task_AssemblePlan";
  public static final String TASK_APPROVE = "Task_ApprovePlan";
  public static final String GATEWAY_APPROVED = "Gateway_PlanApproved";
  public static final String FLOW_APPROVED_YES = "SequenceFlow_PlanApprovedYes";
  public static final String FLOW_APPROVED_NO = "SequenceFlow_PlanApprovedNo";
  public static final String PREPARATION_END = "EndEvent_PlanApproved";
  public static final String BOUNDARY_APPROVAL_REMINDER = "BoundaryEvent_ApprovalReminder";
  public static final String TASK_REMIND_APPROVAL = "Task_RemindApproval";
  public static final String END_APPROVAL_REMINDED = "EndEvent_ApprovalReminded";
  public static final String BOUNDARY_APPROVAL_OVERDUE = "BoundaryEvent_ApprovalOverdue";
  public static final String TASK_ESCALATE_APPROVAL = "Task_EscalateApprovalOverdue";
  public static final String END_APPROVAL_ESCALATED = "EndEvent_ApprovalOverdueEscalated";

  // The four reporting quarters (§11–§18), a parallel multi-instance sub-process: each waits for its own period
  public static final String SUBPROCESS_QUARTER = "SubProcess_Quarter";
  public static final String QUARTER_START = "StartEvent_QuarterStarted";
  public static final String TASK_OPEN_QUARTER = "Task_OpenQuarter";
  public static final String TIMER_PERIOD_STARTS = "TimerEvent_ReportingPeriodStarts";
  public static final String TASK_SUBMIT_INFORMATION = "Task_SubmitQuarterInformation";
  public static final String BOUNDARY_INFORMATION_REMINDER = "BoundaryEvent_InformationReminder";
  public static final String TASK_REMIND_INFORMATION = "Task_RemindInformation";
  public static final String END_INFORMATION_REMINDED = "EndEvent_InformationReminded";
  public static final String BOUNDARY_INFORMATION_OVERDUE = "BoundaryEvent_InformationOverdue";
  public static final String TASK_INFORMATION_OVERDUE = "Task_ReportInformationOverdue";
  public static final String END_INFORMATION_OVERDUE = "EndEvent_InformationOverdueReported";
  public static final String TASK_PREPARE_REPORT = "Task_PrepareMonitoringReport";
  public static final String BOUNDARY_REPORT_REMINDER = "BoundaryEvent_ReportReminder";
  public static final String TASK_REMIND_REPORT = "Task_RemindReport";
  public static final String END_REPORT_REMINDED = "EndEvent_ReportReminded";
  public static final String BOUNDARY_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
  public static final String TASK_REPORT_OVERDUE = "Task_ReportMonitoringOverdue";
  public static final String END_REPORT_OVERDUE = "EndEvent_ReportOverdueReported";
  public static final String TASK_DECIDE = "Task_DecideOnReport";
  public static final String GATEWAY_CORRECTION_NEEDED = "Gateway_CorrectionNeeded";
  public static final String FLOW_CORRECTION_NEEDED_YES = "SequenceFlow_CorrectionNeededYes";
  public static final String FLOW_CORRECTION_NEEDED_NO = "SequenceFlow_CorrectionNeededNo";
  public static final String GATEWAY_CORRECTION_MERGE = "Gateway_CorrectionMerge";
  public static final String TASK_CORRECT = "Task_CorrectPlan";
  public static final String TASK_APPROVE_CORRECTION = "Task_ApproveCorrection";
  public static final String GATEWAY_CORRECTION_APPROVED = "Gateway_CorrectionApproved";
  public static final String FLOW_CORRECTION_APPROVED_YES = "SequenceFlow_CorrectionApprovedYes";
  public static final String FLOW_CORRECTION_APPROVED_NO = "SequenceFlow_CorrectionApprovedNo";
  public static final String GATEWAY_QUARTER_DONE = "Gateway_QuarterDone";
  public static final String TASK_CLOSE_QUARTER = "Task_CloseQuarter";
  public static final String QUARTER_END = "EndEvent_QuarterClosed";

  public static final String TASK_CLOSE_PLAN = "Task_ClosePlan";
  public static final String END_EVENT = "EndEvent_PlanClosed";

  // A change of the development plan (§18): a correction at any time after approval
  public static final String SUBPROCESS_DEVELOPMENT_PLAN_CHANGED = "SubProcess_DevelopmentPlanChanged";
  public static final String START_DEVELOPMENT_PLAN_CHANGED = "StartEvent_DevelopmentPlanChanged";
  public static final String GATEWAY_CHANGE_MERGE = "Gateway_ChangeCorrectionMerge";
  public static final String TASK_CORRECT_FOR_CHANGE = "Task_CorrectPlanForDevelopmentPlan";
  public static final String TASK_APPROVE_CHANGE = "Task_ApproveDevelopmentPlanCorrection";
  public static final String GATEWAY_CHANGE_APPROVED = "Gateway_ChangeCorrectionApproved";
  public static final String FLOW_CHANGE_APPROVED_YES = "SequenceFlow_ChangeCorrectionApprovedYes";
  public static final String FLOW_CHANGE_APPROVED_NO = "SequenceFlow_ChangeCorrectionApprovedNo";
  public static final String END_CHANGE = "EndEvent_DevelopmentPlanCorrectionApproved";

  public static final String FORM_START = "operational-plan-start";
  public static final String FORM_PROPOSALS = "operational-plan-proposals";
  public static final String FORM_ASSEMBLY = "operational-plan-assembly";
  public static final String FORM_APPROVAL = "operational-plan-approval";
  public static final String FORM_INFORMATION = "operational-plan-quarter-information";
  public static final String FORM_MONITORING = "operational-plan-monitoring-report";
  public static final String FORM_DECISION = "operational-plan-report-decision";
  public static final String FORM_CORRECTION = "operational-plan-correction";

  /** Variables the process carries: ids, dates and flags; the plan and its reports live in our tables. */
  public static final class Vars {
    // Start form (the signed development plan)
    public static final String STATE_BODY_NAME = "stateBodyName";
    public static final String DEVELOPMENT_PLAN_NAME = "developmentPlanName";
    public static final String DEVELOPMENT_PLAN_NUMBER = "developmentPlanNumber";
    public static final String SIGNED_ON = "signedOn";
    public static final String PLAN_YEAR = "planYear";
    // Set at registration
    public static final String PLAN_ID = "planId";
    public static final String PLAN_NUMBER = "planNumber";
    // Approval (each approving scope holds its own)
    public static final String PLAN_APPROVED = "planApproved";
    public static final String APPROVAL_COMMENT = "approvalComment";
    // A quarter (local to each instance of the quarter sub-process)
    public static final String QUARTER = "quarter";
    public static final String REPORTING_YEAR = "reportingYear";
    public static final String REPORTING_MONTH = "reportingMonth";
    public static final String INFORMATION_DAY = "informationDay";
    public static final String REPORT_DAY = "reportDay";
    public static final String REPORTING_STARTS_AT = "reportingStartsAt";
    public static final String CORRECTION_REQUESTED = "correctionRequested";
    /**
     * Why the plan is being corrected: the officials' measures and the monitoring proposals, or the change; a phrase
     * the forms show in the reader's language (PhraseVariables).
     */
    public static final String CORRECTION_REASON = "correctionReason";

    // Form fields (local to their task)
    public static final String PROPOSALS = "proposals";
    public static final String PROPOSALS_COMMENT = "proposalsComment";
    public static final String ACTIVITIES = "activities";
    public static final String PLAN_ACTIVITIES = "planActivities";
    /** Composed in the reader's language as the form opens (OperationalPlanFormView), never stored. */
    public static final String PLAN_OVERVIEW = "planOverview";
    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_DECISION_COMMENT = "planDecisionComment";
    public static final String EXECUTION_INFORMATION = "executionInformation";
    public static final String INFORMATION_COMMENT = "informationComment";
    public static final String MONITORING_REPORT = "monitoringReport";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String PROPOSED_CHANGES = "proposedChanges";
    public static final String REPORT_ROWS = "reportRows";
    /** Composed in the reader's language as the form opens (OperationalPlanFormView), never stored. */
    public static final String REPORT_OVERVIEW = "reportOverview";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String MEASURES = "measures";
    public static final String DECISION_COMMENT = "decisionComment";

    private Vars() {
    }
  }

  private OperationalPlanProcess() {
  }
}
