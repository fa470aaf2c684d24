package kz.jobalyq.planning.programme;

/**
 * The {@code state-programme} process: a planning document from the justification of a state programme through
 * its endorsement, the President's decision and the List, drafting with public discussion, agreement, approval and
 * the action plan, to the yearly monitoring chain with interim and final evaluation and correction loops
 * (STATE-PLANNING.md P1–P3; seed 002, A1 §28–31, §61; A2 §18–22, §80–90, §110–119). Other document types run the
 * same model with their own rows in the planning tables.
 */
public final class StateProgrammeProcess {

  public static final String KEY = "state-programme";
  public static final String RECORD_TYPE = "STATE_PROGRAMME";
  public static final String NUMBER_PREFIX = "SPR";

  public static final String DECISION_ROUTING = "planning-document-routing";
  public static final String DECISION_MONITORING_CALENDAR = "planning-monitoring-calendar";
  public static final String DECISION_EVALUATION = "planning-evaluation";

  // Launch: justification, reviews, endorsement, the President's decision and the List (A2 §80–84)
  public static final String START_EVENT = "StartEvent_JustificationSubmitted";
  public static final String TASK_REGISTER = "Task_RegisterProgramme";
  public static final String GATEWAY_JUSTIFICATION_REQUIRED = "Gateway_JustificationRequired";
  public static final String FLOW_JUSTIFICATION_REQUIRED_YES = "SequenceFlow_JustificationRequiredYes";
  public static final String FLOW_JUSTIFICATION_REQUIRED_NO = "SequenceFlow_JustificationRequiredNo";
  public static final String GATEWAY_REGIONAL_REVIEW = "Gateway_RegionalReview";
  public static final String FLOW_REGIONAL_REVIEW_YES = "SequenceFlow_RegionalReviewYes";
  public static final String FLOW_REGIONAL_REVIEW_NO = "SequenceFlow_RegionalReviewNo";
  public static final String TASK_REGIONAL_REVIEW = "Task_ReviewJustificationRegionally";
  public static final String GATEWAY_SPA_CONCLUSION_MERGE = "Gateway_SpaConclusionMerge";
  public static final String TASK_SPA_CONCLUSION = "Task_IssueSpaConclusion";
  public static final String TASK_ENDORSEMENT = "Task_EndorseJustification";
  public static final String GATEWAY_ENDORSED = "Gateway_Endorsed";
  public static final String FLOW_ENDORSED_YES = "SequenceFlow_EndorsedYes";
  public static final String FLOW_ENDORSED_NO = "SequenceFlow_EndorsedNo";
  public static final String END_NOT_ENDORSED = "EndEvent_NotEndorsed";
  public static final String TASK_INFORM_PA = "Task_InformPresidentialAdministration";
  public static final String TASK_PRESIDENTIAL_DECISION = "Task_RecordPresidentialDecision";
  public static final String GATEWAY_DEVELOPMENT_DECIDED = "Gateway_DevelopmentDecided";
  public static final String FLOW_DEVELOPMENT_DECIDED_YES = "SequenceFlow_DevelopmentDecidedYes";
  public static final String FLOW_DEVELOPMENT_DECIDED_NO = "SequenceFlow_DevelopmentDecidedNo";
  public static final String END_NOT_DECIDED = "EndEvent_DevelopmentNotDecided";
  public static final String TASK_SUBMIT_LIST = "Task_SubmitProgrammeList";
  public static final String TASK_RECORD_LIST = "Task_RecordProgrammeList";

  // Development and approval (A1 §28–31; A2 §85–90, §110)
  public static final String GATEWAY_DRAFTING_MERGE = "Gateway_DraftingMerge";
  public static final String TASK_DRAFT = "Task_DraftProgramme";
  public static final String GATEWAY_PUBLIC_DISCUSSION = "Gateway_PublicDiscussion";
  public static final String FLOW_PUBLIC_DISCUSSION_YES = "SequenceFlow_PublicDiscussionYes";
  public static final String FLOW_PUBLIC_DISCUSSION_NO = "SequenceFlow_PublicDiscussionNo";
  public static final String TIMER_DISCUSSION_ENDED = "TimerEvent_DiscussionEnded";
  public static final String TASK_CONSIDER_PROPOSALS = "Task_ConsiderProposals";
  public static final String GATEWAY_DISCUSSION_MERGE = "Gateway_DiscussionMerge";
  public static final String GATEWAY_AGREEMENT_MERGE = "Gateway_AgreementMerge";
  public static final String TASK_AGREE = "Task_AgreeDraft";
  public static final String TASK_CHECK_AGREEMENT = "Task_CheckAgreement";
  public static final String GATEWAY_AGREED = "Gateway_DraftAgreed";
  public static final String FLOW_AGREED_YES = "SequenceFlow_DraftAgreedYes";
  public static final String FLOW_AGREED_NO = "SequenceFlow_DraftAgreedNo";
  public static final String TASK_APPROVE = "Task_ApproveProgramme";
  public static final String GATEWAY_APPROVED = "Gateway_ProgrammeApproved";
  public static final String FLOW_APPROVED_YES = "SequenceFlow_ProgrammeApprovedYes";
  public static final String FLOW_APPROVED_NO = "SequenceFlow_ProgrammeApprovedNo";
  public static final String GATEWAY_REVISION_MERGE = "Gateway_RevisionMerge";
  public static final String TASK_REVISE = "Task_ReviseDraft";
  public static final String GATEWAY_ACTION_PLAN = "Gateway_ActionPlanRequired";
  public static final String FLOW_ACTION_PLAN_YES = "SequenceFlow_ActionPlanRequiredYes";
  public static final String FLOW_ACTION_PLAN_NO = "SequenceFlow_ActionPlanRequiredNo";
  public static final String TASK_ACTION_PLAN = "Task_ApproveActionPlan";
  public static final String GATEWAY_ACTION_PLAN_MERGE = "Gateway_ActionPlanMerge";

  // Implementation: the yearly monitoring chain, evaluation, correction and closure (A2 §18–22, §111–119)
  public static final String GATEWAY_YEAR_MERGE = "Gateway_ReportingYearMerge";
  public static final String TASK_OPEN_YEAR = "Task_OpenReportingYear";
  public static final String SUBPROCESS_YEAR = "SubProcess_ReportingYear";
  public static final String YEAR_START = "StartEvent_ReportingYearOpened";
  public static final String TIMER_YEAR_ENDED = "TimerEvent_ReportingYearEnded";
  public static final String GATEWAY_INFO_STEP = "Gateway_InformationStep";
  public static final String FLOW_INFO_STEP_YES = "SequenceFlow_InformationStepYes";
  public static final String FLOW_INFO_STEP_NO = "SequenceFlow_InformationStepNo";
  public static final String TASK_INFO = "Task_SubmitImplementationInformation";
  public static final String GATEWAY_INFO_MERGE = "Gateway_InformationMerge";
  public static final String TASK_REPORT = "Task_SubmitImplementationReport";
  public static final String GATEWAY_EVALUATION_YEAR = "Gateway_EvaluationYear";
  public static final String FLOW_EVALUATION_YEAR_YES = "SequenceFlow_EvaluationYearYes";
  public static final String FLOW_EVALUATION_YEAR_NO = "SequenceFlow_EvaluationYearNo";
  public static final String TASK_EVALUATION = "Task_DraftEvaluationConclusion";
  public static final String GATEWAY_CONCLUSION_STEP = "Gateway_ConclusionStep";
  public static final String FLOW_CONCLUSION_STEP_YES = "SequenceFlow_ConclusionStepYes";
  public static final String FLOW_CONCLUSION_STEP_NO = "SequenceFlow_ConclusionStepNo";
  public static final String TASK_CONCLUSION = "Task_DraftMonitoringConclusion";
  public static final String GATEWAY_CONCLUSION_MERGE = "Gateway_ConclusionMerge";
  public static final String GATEWAY_FINAL_STEP = "Gateway_FinalStep";
  public static final String FLOW_FINAL_STEP_YES = "SequenceFlow_FinalStepYes";
  public static final String FLOW_FINAL_STEP_NO = "SequenceFlow_FinalStepNo";
  public static final String TASK_SUBMIT_TO_PA = "Task_SubmitToPresidentialAdministration";
  public static final String GATEWAY_FINAL_MERGE = "Gateway_FinalMerge";
  public static final String YEAR_END = "EndEvent_ReportingYearDone";
  public static final String GATEWAY_LAST_YEAR = "Gateway_LastReportingYear";
  public static final String FLOW_LAST_YEAR_YES = "SequenceFlow_LastReportingYearYes";
  public static final String FLOW_LAST_YEAR_NO = "SequenceFlow_LastReportingYearNo";
  public static final String TASK_CLOSE = "Task_CloseProgramme";
  public static final String END_CLOSED = "EndEvent_ProgrammeClosed";
  public static final String TASK_DECIDE_CORRECTION = "Task_DecideCorrection";
  public static final String GATEWAY_CORRECTION = "Gateway_CorrectionNeeded";
  public static final String FLOW_CORRECTION_YES = "SequenceFlow_CorrectionNeededYes";
  public static final String FLOW_CORRECTION_NO = "SequenceFlow_CorrectionNeededNo";
  public static final String TASK_CORRECTION = "Task_PrepareCorrection";
  // Control results (A2 §120, §164–§165, §198): sent within 7 working days of the control body's resolution
  public static final String SUBPROCESS_CONTROL_RESULTS = "SubProcess_ControlResults";
  public static final String START_CONTROL_RESOLUTION = "StartEvent_ControlResolution";
  public static final String TASK_SEND_CONTROL_RESULTS = "Task_SendControlResults";
  public static final String END_CONTROL_RESULTS_SENT = "EndEvent_ControlResultsSent";
  public static final String MESSAGE_CONTROL_RESOLUTION = "ControlResolutionAdopted";

  // Each task with a deadline has a reminder the working day before and an overdue notice; neither closes the task.
  public static final String BOUNDARY_REGIONAL_REVIEW_REMINDER = "BoundaryEvent_RegionalReviewReminder";
  public static final String BOUNDARY_REGIONAL_REVIEW_OVERDUE = "BoundaryEvent_RegionalReviewOverdue";
  public static final String TASK_REGIONAL_REVIEW_OVERDUE = "Task_NotifyRegionalReviewOverdue";
  public static final String BOUNDARY_SPA_CONCLUSION_REMINDER = "BoundaryEvent_SpaConclusionReminder";
  public static final String BOUNDARY_SPA_CONCLUSION_OVERDUE = "BoundaryEvent_SpaConclusionOverdue";
  public static final String TASK_SPA_CONCLUSION_OVERDUE = "Task_NotifySpaConclusionOverdue";
  public static final String BOUNDARY_PA_NOTICE_REMINDER = "BoundaryEvent_PaNoticeReminder";
  public static final String BOUNDARY_PA_NOTICE_OVERDUE = "BoundaryEvent_PaNoticeOverdue";
  public static final String TASK_PA_NOTICE_OVERDUE = "Task_NotifyPaNoticeOverdue";
  public static final String BOUNDARY_PROGRAMME_LIST_REMINDER = "BoundaryEvent_ProgrammeListReminder";
  public static final String BOUNDARY_PROGRAMME_LIST_OVERDUE = "BoundaryEvent_ProgrammeListOverdue";
  public static final String TASK_PROGRAMME_LIST_OVERDUE = "Task_NotifyProgrammeListOverdue";
  public static final String BOUNDARY_ACTION_PLAN_REMINDER = "BoundaryEvent_ActionPlanReminder";
  public static final String BOUNDARY_ACTION_PLAN_OVERDUE = "BoundaryEvent_ActionPlanOverdue";
  public static final String TASK_ACTION_PLAN_OVERDUE = "Task_NotifyActionPlanOverdue";
  public static final String BOUNDARY_INFO_REMINDER = "BoundaryEvent_InformationReminder";
  public static final String BOUNDARY_INFO_OVERDUE = "BoundaryEvent_InformationOverdue";
  public static final String TASK_INFO_OVERDUE = "Task_NotifyInformationOverdue";
  public static final String BOUNDARY_REPORT_REMINDER = "BoundaryEvent_ReportReminder";
  public static final String BOUNDARY_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
  public static final String TASK_REPORT_OVERDUE = "Task_NotifyReportOverdue";
  public static final String BOUNDARY_EVALUATION_REMINDER = "BoundaryEvent_EvaluationReminder";
  public static final String BOUNDARY_EVALUATION_OVERDUE = "BoundaryEvent_EvaluationOverdue";
  public static final String TASK_EVALUATION_OVERDUE = "Task_NotifyEvaluationOverdue";
  public static final String BOUNDARY_CONCLUSION_REMINDER = "BoundaryEvent_ConclusionReminder";
  public static final String BOUNDARY_CONCLUSION_OVERDUE = "BoundaryEvent_ConclusionOverdue";
  public static final String TASK_CONCLUSION_OVERDUE = "Task_NotifyConclusionOverdue";
  public static final String BOUNDARY_SUBMISSION_REMINDER = "BoundaryEvent_SubmissionReminder";
  public static final String BOUNDARY_SUBMISSION_OVERDUE = "BoundaryEvent_SubmissionOverdue";
  public static final String TASK_SUBMISSION_OVERDUE = "Task_NotifySubmissionOverdue";

  public static final String FORM_JUSTIFICATION = "state-programme-justification";
  public static final String FORM_REGIONAL_REVIEW = "state-programme-regional-review";
  public static final String FORM_SPA_CONCLUSION = "state-programme-spa-conclusion";
  public static final String FORM_ENDORSEMENT = "state-programme-endorsement";
  public static final String FORM_PA_NOTICE = "state-programme-pa-notice";
  public static final String FORM_PRESIDENTIAL_DECISION = "state-programme-presidential-decision";
  public static final String FORM_LIST_SUBMISSION = "state-programme-list-submission";
  public static final String FORM_LIST_APPROVAL = "state-programme-list-approval";
  public static final String FORM_DRAFT = "state-programme-draft";
  public static final String FORM_DISCUSSION_RESULT = "state-programme-discussion-result";
  public static final String FORM_AGREEMENT = "state-programme-agreement";
  public static final String FORM_REVISION = "state-programme-revision";
  public static final String FORM_APPROVAL = "state-programme-approval";
  public static final String FORM_ACTION_PLAN = "state-programme-action-plan";
  public static final String FORM_INFO = "state-programme-implementation-information";
  public static final String FORM_REPORT = "state-programme-implementation-report";
  public static final String FORM_CONCLUSION = "state-programme-monitoring-conclusion";
  public static final String FORM_EVALUATION = "state-programme-evaluation-conclusion";
  public static final String FORM_SUBMISSION = "state-programme-submission";
  public static final String FORM_CORRECTION_DECISION = "state-programme-correction-decision";
  public static final String FORM_CORRECTION = "state-programme-correction";
  public static final String FORM_CONTROL_RESULTS = "state-programme-control-results";

  /** Variables the process carries: ids, dates, groups and flags; the document itself lives in our tables. */
  public static final class Vars {
    public static final String PROGRAMME_ID = "programmeId";
    public static final String PROGRAMME_NUMBER = "programmeNumber";
    public static final String PROGRAMME_NAME = "programmeName";
    /** Composed in the reader's language as a step's form opens (StateProgrammeFormView), never stored. */
    public static final String PROGRAMME_SUMMARY = "programmeSummary";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String SUBMITTED_ON = "submittedOn";
    // Routing (planning-document-routing)
    public static final String JUSTIFICATION_REQUIRED = "justificationRequired";
    public static final String REGIONAL_REVIEW = "regionalReview";
    public static final String PUBLIC_DISCUSSION = "publicDiscussion";
    public static final String AGREEMENT_GROUP_LIST = "agreementGroupList";
    public static final String AGREEMENT_GROUP = "agreementGroup";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String ACTION_PLAN_GROUP = "actionPlanGroup";
    // Decisions the gateways read
    public static final String ENDORSED = "endorsed";
    public static final String DEVELOPMENT_DECIDED = "developmentDecided";
    public static final String DECIDED_ON = "decidedOn";
    public static final String DISCUSSION_ENDS_AT = "discussionEndsAt";
    public static final String DRAFT_AGREED = "draftAgreed";
    public static final String PROGRAMME_APPROVED = "programmeApproved";
    public static final String APPROVED_ON = "approvedOn";
    public static final String REVISION_REASON = "revisionReason";
    public static final String CORRECTION_NEEDED = "correctionNeeded";
    // The reporting year (planning-monitoring-calendar, planning-evaluation)
    public static final String REPORTING_YEAR = "reportingYear";
    public static final String FOLLOWING_YEAR = "followingYear";
    public static final String YEAR_INDEX = "yearIndex";
    public static final String LAST_YEAR = "lastYear";
    public static final String REPORTING_YEAR_ENDS_AT = "reportingYearEndsAt";
    public static final String INFO_DATE = "infoDate";
    public static final String INFO_GROUP = "infoGroup";
    public static final String REPORT_DATE = "reportDate";
    public static final String REPORT_GROUP = "reportGroup";
    public static final String CONCLUSION_DATE = "conclusionDate";
    public static final String CONCLUSION_GROUP = "conclusionGroup";
    public static final String FINAL_DATE = "finalDate";
    public static final String FINAL_GROUP = "finalGroup";
    public static final String EVALUATION_KIND = "evaluationKind";
    public static final String EVALUATION_KIND_NAME = "evaluationKindName";
    public static final String EVALUATION_GROUP = "evaluationGroup";
    public static final String EVALUATION_DATE = "evaluationDate";
    // Input parameters of the reminder and overdue steps
    public static final String STEP = "programmeStep";
    public static final String STEP_GROUP = "stepGroup";
    public static final String AWAITING_GROUP = "awaitingGroup";

    // Start form: the justification (A2 §80.1) and the document's identity
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String NAME = "programmeTitle";
    public static final String DEVELOPER_BODY = "developerBody";
    public static final String REGIONAL_PART = "regionalPart";
    public static final String PERIOD_START_YEAR = "periodStartYear";
    public static final String PERIOD_END_YEAR = "periodEndYear";
    public static final String GOAL = "goal";
    public static final String TASKS_AND_WAYS = "tasksAndWays";
    public static final String CO_EXECUTORS = "coExecutors";
    public static final String HIGHER_DOCUMENTS_LINK = "higherDocumentsLink";
    public static final String DUPLICATION_ANALYSIS = "duplicationAnalysis";
    public static final String EXPECTED_EFFECT = "expectedEffect";
    public static final String FUNDING_SOURCES = "fundingSources";
    public static final String FUNDING_VOLUME = "fundingVolume";
    // Regional review (A2 §80.2)
    public static final String REGIONAL_REVIEW_OUTCOME = "regionalReviewOutcome";
    public static final String REGIONAL_REVIEW_COMMENT = "regionalReviewComment";
    // SPA conclusion (A2 §80.2, §90)
    public static final String SPA_CONCLUSION_OUTCOME = "spaConclusionOutcome";
    public static final String SPA_NOT_SINGLE_SECTOR = "spaNotSingleSector";
    public static final String SPA_NOT_DEPARTMENTAL = "spaNotDepartmental";
    public static final String SPA_NO_DUPLICATION = "spaNoDuplication";
    public static final String SPA_CONCLUSION_TEXT = "spaConclusionText";
    // Endorsement by the consultative body (A2 §80.2)
    public static final String ENDORSEMENT_DECISION = "endorsementDecision";
    public static final String ENDORSEMENT_PROTOCOL = "endorsementProtocol";
    public static final String ENDORSEMENT_COMMENT = "endorsementComment";
    // Information to the Presidential Administration (A2 §80.2)
    public static final String PA_NOTICE_REFERENCE = "paNoticeReference";
    public static final String PA_NOTICE_DATE = "paNoticeDate";
    public static final String PA_NOTICE_SUMMARY = "paNoticeSummary";
    // The President's decision (A2 §81, §85)
    public static final String PRESIDENTIAL_DECISION = "presidentialDecision";
    public static final String PRESIDENTIAL_DECISION_ACT = "presidentialDecisionAct";
    public static final String PRESIDENTIAL_DECISION_DATE = "presidentialDecisionDate";
    public static final String PRESIDENTIAL_DECISION_COMMENT = "presidentialDecisionComment";
    // The List of State Programmes (A2 §81–84)
    public static final String LIST_DEVELOPMENT_DEADLINE = "listDevelopmentDeadline";
    public static final String LIST_APPROVAL_SUBMISSION_DEADLINE = "listApprovalSubmissionDeadline";
    public static final String LIST_IMPLEMENTATION_PERIOD = "listImplementationPeriod";
    public static final String LIST_SUBMISSION_REFERENCE = "listSubmissionReference";
    public static final String LIST_ACT = "listAct";
    public static final String LIST_ACT_DATE = "listActDate";
    // Drafting and public discussion (A2 §85–89)
    public static final String DRAFT_REFERENCE = "draftReference";
    public static final String DRAFT_SUMMARY = "draftSummary";
    public static final String WORKING_GROUP = "workingGroup";
    public static final String PUBLICATION_REFERENCE = "publicationReference";
    public static final String DISCUSSION_UNTIL = "discussionUntil";
    public static final String PROPOSALS_RECEIVED = "proposalsReceived";
    public static final String PROPOSALS_SUMMARY = "proposalsSummary";
    public static final String REFINED_DRAFT_REFERENCE = "refinedDraftReference";
    // Agreement, revision and approval (A1 §28–29; A2 §88)
    public static final String AGREEMENT_DECISION = "agreementDecision";
    public static final String AGREEMENT_COMMENT = "agreementComment";
    public static final String REVISION_SUMMARY = "revisionSummary";
    public static final String REVISED_DRAFT_REFERENCE = "revisedDraftReference";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_ACT = "approvalAct";
    public static final String APPROVAL_DATE = "approvalDate";
    public static final String APPROVAL_COMMENT = "approvalComment";
    // Action plan (A1 §31; A2 §110)
    public static final String ACTION_PLAN_ACT = "actionPlanAct";
    public static final String ACTION_PLAN_DATE = "actionPlanDate";
    public static final String ACTION_PLAN_SCOPE = "actionPlanScope";
    public static final String ACTION_PLAN_AGREED = "actionPlanAgreed";
    public static final String ACTION_PLAN_COMMENT = "actionPlanComment";
    // Co-executors' information (A2 §113.1)
    public static final String INFO_INDICATORS = "infoIndicators";
    public static final String INFO_ACTIVITIES = "infoActivities";
    public static final String INFO_FUNDS = "infoFunds";
    // Implementation report (A2 §18–19, §113.2)
    public static final String REPORT_INDICATORS = "reportIndicators";
    public static final String REPORT_ACTIVITIES = "reportActivities";
    public static final String REPORT_FUNDS = "reportFunds";
    public static final String REPORT_INTERACTION = "reportInteraction";
    public static final String REPORT_EXTERNAL_FACTORS = "reportExternalFactors";
    public static final String REPORT_IMPACT = "reportImpact";
    public static final String REPORT_SATISFACTION = "reportSatisfaction";
    public static final String REPORT_CONTROL = "reportControl";
    public static final String REPORT_PROPOSALS = "reportProposals";
    public static final String REPORT_SIGNED = "reportSignedByFirstHead";
    public static final String REPORT_PORTAL_URL = "reportPortalUrl";
    public static final String REPORT_SECRET_EXCLUDED = "reportSecretExcluded";
    // Monitoring conclusion (A2 §20–21, §114)
    public static final String CONCLUSION_RESULTS = "conclusionResults";
    public static final String CONCLUSION_ACTIVITIES = "conclusionActivities";
    public static final String CONCLUSION_FACTORS = "conclusionFactors";
    public static final String CONCLUSION_FUNDS = "conclusionFunds";
    public static final String CONCLUSION_PROPOSALS = "conclusionProposals";
    public static final String CONCLUSION_CORRECTION = "conclusionCorrectionRecommended";
    // Evaluation conclusion (A2 §25–27, §116–118)
    public static final String EVALUATION_EFFECTIVENESS = "evaluationEffectiveness";
    public static final String EVALUATION_SOURCES = "evaluationSources";
    public static final String EVALUATION_PROPOSALS = "evaluationProposals";
    public static final String EVALUATION_CORRECTION = "evaluationCorrectionRecommended";
    // Submission to the Presidential Administration (A2 §115, §119)
    public static final String SUBMISSION_REFERENCE = "submissionReference";
    public static final String SUBMISSION_DATE = "submissionDate";
    public static final String SUBMISSION_REFINED = "submissionRefined";
    public static final String SUBMISSION_COMMENT = "submissionComment";
    // Correction (A1 §61; A2 §22)
    public static final String CORRECTION_DECISION = "correctionDecision";
    public static final String CORRECTION_GROUNDS = "correctionGrounds";
    public static final String CORRECTION_COMMENT = "correctionComment";
    /** When the grounds of a correction arose: a higher document changed, monitoring or evaluation results (A1 §53). */
    public static final String CORRECTION_GROUNDS_DATE = "correctionGroundsDate";
    /** A territorial programme's correction is due within three months of its grounds (A1 §53); null for others. */
    public static final String CORRECTION_DUE = "correctionDue";
    /** The control body (its group), its resolution and who the results go to (A2 §120, §164–§165, §198). */
    public static final String CONTROL_BODY = "controlBody";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    public static final String RESOLUTION_DATE = "resolutionDate";
    public static final String CONTROL_SUMMARY = "controlSummary";
    public static final String CONTROL_RECIPIENTS = "controlRecipients";
    public static final String CONTROL_SENT_ON = "controlSentOn";
    public static final String CONTROL_SENT_REFERENCE = "controlSentReference";
    public static final String CORRECTION_SUMMARY = "correctionSummary";
    public static final String CORRECTED_DRAFT_REFERENCE = "correctedDraftReference";

    private Vars() {
    }
  }

  private StateProgrammeProcess() {
  }
}
