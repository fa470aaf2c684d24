package kz.jobalyq.change;

import java.util.List;

/** The {@code change-request} process: element ids, forms, decision and variable names in one place. */
public final class ChangeRequestProcess {

  public static final String KEY = "change-request";
  public static final String RECORD_TYPE = "CHANGE_REQUEST";

  public static final String START_EVENT = "StartEvent_ChangeRequested";
  public static final String TASK_REGISTER = "Task_RegisterChangeRequest";
  public static final String TASK_REVIEW = "Task_ReviewChangeRequest";
  public static final String BOUNDARY_REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
  public static final String TASK_HANDLE_OVERDUE_REVIEW = "Task_HandleOverdueReview";
  public static final String END_OVERDUE_HANDLED = "EndEvent_OverdueHandled";
  public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
  public static final String TASK_EVALUATE = "Task_EvaluateChange";
  public static final String TASK_ROUTE_APPROVAL = "Task_RouteApproval";
  public static final String GATEWAY_DECIDING_GROUPS = "Gateway_DecidingGroups";
  /** The decision when the routing table names one group: a plain task, none of multi-instance's bookkeeping. */
  public static final String TASK_DECIDE = "Task_DecideChangeRequest";
  /** The decision when it names several: one task per group, in parallel, each knowing its group. */
  public static final String TASK_DECIDE_JOINTLY = "Task_DecideChangeRequestJointly";
  public static final String GATEWAY_DECISIONS_TAKEN = "Gateway_DecisionsTaken";
  public static final String TASK_CHECK_APPROVAL = "Task_CheckApproval";
  public static final String GATEWAY_APPROVAL_DECISION = "Gateway_ApprovalDecision";
  public static final String GATEWAY_REQUEST_TYPE = "Gateway_RequestType";
  public static final String TASK_APPLY_CHANGE = "Task_ApplyChange";
  public static final String TASK_RESUME_PROJECT = "Task_ResumeProject";
  public static final String TASK_PREPARE_STOP_REPORT = "Task_PrepareStopReport";
  public static final String TASK_AGREE_STOP_REPORT = "Task_AgreeStopReport";
  public static final String TASK_CHECK_STOP_REPORT = "Task_CheckStopReport";
  public static final String TASK_SUSPEND_PROJECT = "Task_SuspendProject";
  public static final String TASK_TERMINATE_PROJECT = "Task_TerminateProject";
  public static final String END_REFUSED = "EndEvent_ChangeRefused";
  public static final String END_ACCEPTED = "EndEvent_ChangeAccepted";
  public static final String END_REJECTED = "EndEvent_ChangeRejected";
  public static final String END_RESUMED = "EndEvent_ProjectResumed";
  public static final String END_SUSPENDED = "EndEvent_ProjectSuspended";
  public static final String END_TERMINATED = "EndEvent_ProjectTerminated";

  public static final String DECISION_APPROVAL_ROUTING = "change-approval-routing";

  public static final String FORM_FILING = "change-request-filing";
  public static final String FORM_REVIEW = "change-request-review";
  public static final String FORM_EVALUATION = "change-request-evaluation";
  public static final String FORM_DECISION = "change-request-decision";
  public static final String FORM_OVERDUE = "change-request-overdue";
  public static final String FORM_STOP_REPORT_AGREEMENT = "stop-report-agreement";

  /** Filled in on the start form; the register delegate moves them into our tables and drops them. */
  public static final class Filing {
    public static final String PROJECT_NUMBER = "projectNumber";
    public static final String REQUEST_TYPE = "requestType";
    public static final String SUBJECT = "changeSubject";
    public static final String DESCRIPTION = "description";
    public static final String JUSTIFICATION = "justification";
    public static final String PROPOSED_END_DATE = "proposedEndDate";
    public static final String PROPOSED_BUDGET = "proposedBudget";
    public static final String PROPOSED_SCOPE = "proposedScope";
    public static final String PROPOSED_QUALITY = "proposedQuality";
    public static final String ANSWER_NEEDED_BY = "answerNeededBy";

    /** Business data that lives in change_request after registration, not in the process. */
    public static final List<String> MOVED_TO_ARCHIVE = List.of(DESCRIPTION, JUSTIFICATION, PROPOSED_END_DATE,
        PROPOSED_BUDGET, PROPOSED_SCOPE, PROPOSED_QUALITY, SUBJECT);

    private Filing() {
    }
  }

  /**
   * What the process carries: the record's id (its number is the business key) and the flags its gateways and
   * table need.
   */
  public static final class Vars {
    public static final String CHANGE_REQUEST_ID = "changeRequestId";
    public static final String PROJECT_REGULATED = "projectRegulated";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String REFUSAL_GROUNDS = "refusalGrounds";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String SCHEDULE_SHIFT_DAYS = "scheduleShiftDays";
    public static final String COST_CHANGE = "costChange";
    public static final String SCOPE_CHANGE = "scopeChange";
    public static final String QUALITY_CHANGE = "qualityChange";
    public static final String EVALUATION_COMMENT = "evaluationComment";
    public static final String BASELINE_AFFECTED = "baselineAffected";
    public static final String BUDGET_CHANGE_PERCENT = "budgetChangePercent";
    public static final String APPROVER_GROUPS = "approverGroups";
    public static final String APPROVER_GROUP_LIST = "approverGroupList";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String DECISION = "decision";
    public static final String DECISION_COMMENT = "decisionComment";
    public static final String OFFICE_AGREEMENT = "officeAgreement";
    public static final String CHANGE_APPROVED = "changeApproved";
    public static final String OVERDUE_MEASURES = "overdueMeasures";
    public static final String STOP_REPORT_AGREERS = "stopReportAgreers";
    public static final String STOP_REPORT_AGREER = "stopReportAgreer";
    public static final String REPORT_AGREEMENT = "reportAgreement";
    public static final String REPORT_AGREEMENT_COMMENT = "reportAgreementComment";
    public static final String STOP_REPORT_AGREED = "stopReportAgreed";

    private Vars() {
    }
  }

  public static final String OUTCOME_ACCEPT = "accept";
  public static final String OUTCOME_REFUSE = "refuse";
  public static final String DECISION_APPROVE = "approve";
  public static final String DECISION_REFUSE = "refuse";
  public static final String REPORT_AGREE = "agree";
  public static final String REPORT_RETURN = "return";

  private ChangeRequestProcess() {
  }
}
