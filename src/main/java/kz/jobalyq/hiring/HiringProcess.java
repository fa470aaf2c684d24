package kz.jobalyq.hiring;

/**
 * The {@code consultant-hiring} process: a public call for a project lead or project-management
 * consultant, its 10-day application window, the 3-working-day review, the interview, the conclusion
 * and the steering committee's appointment (REGULATIONS.md §4; seed 000 §9, §79, §80).
 */
public final class HiringProcess {

  public static final String KEY = "consultant-hiring";
  public static final String MESSAGE_CANDIDATE_APPLIED = "CandidateApplied";
  public static final String DECISION_ELIGIBILITY = "candidate-eligibility";

  public static final String START_EVENT = "StartEvent_CallPrepared";
  public static final String TASK_REGISTER = "Task_RegisterCall";
  public static final String TASK_APPROVE = "Task_ApproveCall";
  public static final String GATEWAY_APPROVED = "Gateway_CallApproved";
  public static final String FLOW_APPROVED_NO = "SequenceFlow_CallApprovedNo";
  public static final String FLOW_APPROVED_YES = "SequenceFlow_CallApprovedYes";
  public static final String TASK_REVISE = "Task_ReviseCall";
  public static final String TASK_PUBLISH = "Task_PublishCall";
  public static final String SUBPROCESS_WINDOW = "SubProcess_ApplicationWindow";
  public static final String WINDOW_START = "StartEvent_WindowOpened";
  public static final String TIMER_WINDOW_CLOSED = "TimerEvent_WindowClosed";
  public static final String WINDOW_END = "EndEvent_WindowClosed";
  public static final String SUBPROCESS_APPLICATION = "SubProcess_ApplicationReceived";
  public static final String START_CANDIDATE_APPLIED = "StartEvent_CandidateApplied";
  public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeApplication";
  public static final String END_ACKNOWLEDGED = "EndEvent_ApplicationAcknowledged";
  public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
  public static final String TASK_REVIEW = "Task_ReviewApplications";
  public static final String BOUNDARY_REVIEW_REMINDER = "BoundaryEvent_ReviewReminder";
  public static final String TASK_REVIEW_REMINDER = "Task_RemindReview";
  public static final String END_REVIEW_REMINDED = "EndEvent_ReviewReminded";
  public static final String BOUNDARY_REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
  public static final String TASK_REVIEW_OVERDUE = "Task_EscalateReviewOverdue";
  public static final String END_REVIEW_OVERDUE = "EndEvent_ReviewOverdueEscalated";
  public static final String GATEWAY_ANY_ADMITTED = "Gateway_AnyAdmitted";
  public static final String FLOW_ADMITTED_YES = "SequenceFlow_AnyAdmittedYes";
  public static final String FLOW_ADMITTED_NO = "SequenceFlow_AnyAdmittedNo";
  public static final String TASK_PUBLISH_ADMITTED = "Task_PublishAdmittedList";
  public static final String TASK_INTERVIEW = "Task_RecordInterview";
  public static final String GATEWAY_SELECTED = "Gateway_CandidateSelected";
  public static final String FLOW_SELECTED_YES = "SequenceFlow_CandidateSelectedYes";
  public static final String FLOW_SELECTED_NO = "SequenceFlow_CandidateSelectedNo";
  public static final String TASK_SIGN_CONCLUSION = "Task_SignConclusion";
  public static final String BOUNDARY_CONCLUSION_REMINDER = "BoundaryEvent_ConclusionReminder";
  public static final String TASK_CONCLUSION_REMINDER = "Task_RemindConclusion";
  public static final String END_CONCLUSION_REMINDED = "EndEvent_ConclusionReminded";
  public static final String BOUNDARY_CONCLUSION_OVERDUE = "BoundaryEvent_ConclusionOverdue";
  public static final String TASK_CONCLUSION_OVERDUE = "Task_WarnConclusionNotPublished";
  public static final String END_CONCLUSION_WARNED = "EndEvent_ConclusionWarned";
  public static final String TASK_PUBLISH_CONCLUSION = "Task_PublishConclusion";
  public static final String TASK_APPOINT = "Task_AppointCandidate";
  public static final String GATEWAY_APPOINTED = "Gateway_Appointed";
  public static final String FLOW_APPOINTED_YES = "SequenceFlow_AppointedYes";
  public static final String FLOW_APPOINTED_NO = "SequenceFlow_AppointedNo";
  public static final String TASK_REPUBLICATION = "Task_DecideRepublication";
  public static final String GATEWAY_REPUBLISH = "Gateway_Republish";
  public static final String FLOW_REPUBLISH_YES = "SequenceFlow_RepublishYes";
  public static final String FLOW_REPUBLISH_NO = "SequenceFlow_RepublishNo";
  public static final String TASK_CLOSE = "Task_CloseCall";
  public static final String END_CLOSED = "EndEvent_CallClosed";
  public static final String TASK_CONTRACT = "Task_RecordContract";
  public static final String TASK_BUDGET = "Task_CorrectProjectBudget";
  public static final String GATEWAY_LEAD_SOUGHT = "Gateway_ProjectLeadSought";
  public static final String FLOW_LEAD_SOUGHT_YES = "SequenceFlow_ProjectLeadSoughtYes";
  public static final String FLOW_LEAD_SOUGHT_NO = "SequenceFlow_ProjectLeadSoughtNo";
  public static final String TASK_NOMINATE_LEAD = "Task_NominateProjectLead";
  public static final String TASK_LEAD_CONSENT = "Task_ConsentToProjectLead";
  public static final String GATEWAY_LEAD_CONSENT = "Gateway_LeadConsent";
  public static final String FLOW_LEAD_CONSENT_YES = "SequenceFlow_LeadConsentYes";
  public static final String FLOW_LEAD_CONSENT_NO = "SequenceFlow_LeadConsentNo";
  public static final String TASK_ASSIGN_LEAD = "Task_AssignProjectLeadRole";
  public static final String TASK_COMPLETE = "Task_CompleteHiring";
  public static final String END_HIRED = "EndEvent_CandidateHired";

  // Merging gateways where loops come back
  public static final String GATEWAY_APPROVAL_MERGE = "Gateway_CallApprovalMerge";
  public static final String GATEWAY_PUBLICATION_MERGE = "Gateway_PublicationMerge";
  public static final String GATEWAY_REPUBLICATION_MERGE = "Gateway_RepublicationMerge";
  public static final String GATEWAY_NOMINATION_MERGE = "Gateway_NominationMerge";
  public static final String GATEWAY_COMPLETION_MERGE = "Gateway_CompletionMerge";

  public static final String FORM_CALL = "hiring-call";
  public static final String FORM_APPROVAL = "hiring-call-approval";
  public static final String FORM_REVISION = "hiring-call-revision";
  public static final String FORM_REVIEW = "hiring-application-review";
  public static final String FORM_INTERVIEW = "hiring-interview";
  public static final String FORM_SIGNATURE = "hiring-conclusion-signature";
  public static final String FORM_APPOINTMENT = "hiring-appointment";
  public static final String FORM_REPUBLICATION = "hiring-republication";
  public static final String FORM_CONTRACT = "hiring-contract";
  public static final String FORM_BUDGET = "hiring-budget-correction";
  public static final String FORM_NOMINATION = "hiring-lead-nomination";
  public static final String FORM_CONSENT = "hiring-lead-consent";

  /** Variables the process carries: ids, dates and decision flags; the call itself lives in our tables. */
  public static final class Vars {
    public static final String CALL_AUTHOR = "callAuthor";
    public static final String CALL_ID = "callId";
    public static final String CALL_NUMBER = "callNumber";
    public static final String CALL_TITLE = "callTitle";
    public static final String ROLE_SOUGHT = "roleSought";
    public static final String APPLICATION_DEADLINE = "applicationDeadline";
    public static final String REVIEW_DUE = "reviewDue";
    public static final String APPLICATION_ID = "applicationId";
    public static final String APPLICATIONS_RECEIVED = "applicationsReceived";
    public static final String ADMITTED_COUNT = "admittedCount";
    public static final String INTERVIEW_DATE = "interviewDate";
    public static final String CONCLUSION_DUE = "conclusionDue";
    public static final String CONCLUSION_SIGNERS = "conclusionSigners";
    public static final String SIGNER = "signer";
    public static final String CANDIDATE_SELECTED = "candidateSelected";
    public static final String SELECTED_CANDIDATE = "selectedCandidate";
    public static final String CALL_APPROVED = "callApproved";
    public static final String APPOINTED = "appointed";
    public static final String REPUBLISH = "republish";
    public static final String LEAD_CONSENT = "leadConsent";

    // Start and revision form fields
    public static final String SCOPE = "callScope";
    public static final String PROJECT_NUMBER = "projectNumber";
    public static final String PROJECT_NAME = "projectName";
    public static final String CUSTOMER = "customer";
    public static final String GOALS = "goals";
    public static final String PLANNED_DEADLINES = "plannedDeadlines";
    /** Composed in the reader's language as the approval form opens (HiringFormView), never stored. */
    public static final String CALL_SUMMARY = "callSummary";
    // Approval form
    public static final String CALL_DECISION = "callDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    // Review form
    public static final String APPLICATION_REVIEW = "applicationReview";
    public static final String INTERVIEW_AT = "interviewAt";
    public static final String REVIEW_COMMENT = "reviewComment";
    // Interview form
    public static final String INTERVIEW_HELD_AT = "interviewHeldAt";
    public static final String RECORDING_REFERENCE = "recordingReference";
    public static final String INTERVIEW_SCORES = "interviewScores";
    public static final String INTERVIEW_NOTES = "interviewNotes";
    /** Composed in the reader's language as the signature and appointment forms open (HiringFormView). */
    public static final String CONCLUSION_SUMMARY = "conclusionSummary";
    // Signature form
    public static final String SIGNED = "conclusionSigned";
    public static final String SIGNATURE_REMARK = "signatureRemark";
    // Appointment form
    public static final String APPOINTMENT_DECISION = "appointmentDecision";
    public static final String APPOINTMENT_DECISION_NUMBER = "appointmentDecisionNumber";
    public static final String APPOINTMENT_DECISION_DATE = "appointmentDecisionDate";
    public static final String APPOINTMENT_COMMENT = "appointmentComment";
    // Republication form
    public static final String REPUBLICATION_DECISION = "republicationDecision";
    public static final String REPUBLICATION_COMMENT = "republicationComment";
    /** Why the call awaits republication, a phrase the form shows in the reader's language (PhraseVariables). */
    public static final String REPUBLICATION_REASON = "republicationReason";
    // Contract form
    public static final String CONTRACT_NUMBER = "contractNumber";
    public static final String CONTRACT_DATE = "contractDate";
    public static final String CONTRACT_FEE = "contractFee";
    // Budget correction form
    public static final String CURRENT_BUDGET = "currentBudget";
    public static final String CORRECTED_BUDGET = "correctedBudget";
    public static final String BUDGET_PERIOD = "budgetPeriod";
    public static final String BUDGET_COMMENT = "budgetComment";
    // Project lead nomination and consent
    public static final String LEAD_USER_ID = "leadUserId";
    public static final String SELECTED_CANDIDATE_NAME = "selectedCandidateName";
    public static final String NOMINATION_COMMENT = "nominationComment";
    public static final String LEAD_CONSENT_DECISION = "leadConsentDecision";
    public static final String CONSENT_COMMENT = "consentComment";

    private Vars() {
    }
  }

  private HiringProcess() {
  }
}
