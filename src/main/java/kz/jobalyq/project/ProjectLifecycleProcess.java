package kz.jobalyq.project;

/** The {@code project-lifecycle} process (seed 000 §57–§123, seed 001 §47–§50): ids, forms, variables. */
public final class ProjectLifecycleProcess {

  public static final String KEY = "project-lifecycle";
  public static final String RECORD_TYPE = "PROJECT";

  // Initiation (§58–§64)
  public static final String START_EVENT = "StartEvent_ProjectProposed";
  public static final String TASK_REGISTER = "Task_RegisterProject";
  public static final String SUBPROCESS_INITIATION = "SubProcess_Initiation";
  public static final String TASK_FILL_CHARTER = "Task_FillCharter";
  public static final String TASK_DECIDE_INITIATION = "Task_DecideInitiation";
  public static final String GATEWAY_INITIATION_DECISION = "Gateway_InitiationDecision";
  public static final String TASK_CLOSE_AT_INITIATION = "Task_CloseAtInitiation";
  public static final String END_CLOSED_AT_INITIATION = "EndEvent_ClosedAtInitiation";

  // Planning (§65–§80)
  public static final String SUBPROCESS_PLANNING = "SubProcess_Planning";
  public static final String TASK_START_PLANNING = "Task_StartPlanning";
  public static final String GATEWAY_REGULATED_TEAM = "Gateway_RegulatedTeam";
  public static final String TASK_DECIDE_TEAM_FORMATION = "Task_DecideTeamFormation";
  public static final String TASK_PREPARE_PLAN = "Task_PrepareManagementPlan";
  public static final String TASK_AGREE_PLAN = "Task_AgreePlan";
  public static final String GATEWAY_PLAN_AGREED = "Gateway_PlanAgreed";
  public static final String TASK_APPROVE_BASELINE = "Task_ApproveBaseline";
  public static final String GATEWAY_BASELINE_APPROVED = "Gateway_BaselineApproved";
  public static final String TASK_RECORD_BASELINE = "Task_RecordBaseline";

  // Execution and monitoring (§81–§110)
  public static final String SUBPROCESS_EXECUTION = "SubProcess_Execution";
  public static final String TASK_WEEKLY_REPORT = "Task_WeeklyStatusReport";
  public static final String BOUNDARY_REPORT_OVERDUE = "BoundaryEvent_WeeklyReportOverdue";
  public static final String TASK_REPORT_MISSED = "Task_WeeklyReportMissed";
  public static final String GATEWAY_CLOSURE_PROPOSED = "Gateway_ClosureProposed";
  public static final String TIMER_NEXT_WEEK = "TimerEvent_NextWeek";
  public static final String TASK_START_NEXT_WEEK = "Task_StartNextWeek";
  public static final String BOUNDARY_FORCED_CLOSURE = "BoundaryEvent_ForcedClosureRequested";
  public static final String MESSAGE_FORCED_CLOSURE = "ProjectForcedClosureRequested";

  // Closure (§115–§123) and evaluation (001 §47–§50)
  public static final String TASK_PREPARE_FINAL_REPORT = "Task_PrepareFinalReport";
  public static final String TASK_ROUTE_CONFIRMATION = "Task_RouteConfirmation";
  public static final String TASK_CONFIRM_RESULTS = "Task_ConfirmResults";
  public static final String TASK_CHECK_CONFIRMATIONS = "Task_CheckConfirmations";
  public static final String GATEWAY_RESULTS_CONFIRMED = "Gateway_ResultsConfirmed";
  public static final String TASK_PREPARE_FORCED_CLOSURE_REPORT = "Task_PrepareForcedClosureReport";
  public static final String GATEWAY_REGULATED_CLOSURE = "Gateway_RegulatedClosure";
  public static final String TASK_COMMITTEE_CLOSURE = "Task_CommitteeClosureDecision";
  public static final String GATEWAY_COMMITTEE_DECISION = "Gateway_CommitteeDecision";
  public static final String TASK_CLOSE_PROJECT = "Task_CloseProject";
  public static final String TASK_EVALUATION_REPORT = "Task_EvaluationReport";
  public static final String END_CLOSED = "EndEvent_ProjectClosed";

  public static final String DECISION_CLOSURE_CONFIRMATION = "closure-confirmation";

  public static final String FORM_INITIATION = "project-initiation";
  public static final String FORM_CHARTER = "project-charter";
  public static final String FORM_INITIATION_DECISION = "initiation-decision";
  public static final String FORM_TEAM_FORMATION = "team-formation-decision";
  public static final String FORM_PLAN = "project-management-plan";
  public static final String FORM_PLAN_AGREEMENT = "plan-agreement";
  public static final String FORM_BASELINE_APPROVAL = "baseline-approval";
  public static final String FORM_WEEKLY_REPORT = "weekly-status-report";
  public static final String FORM_REPORT_MISSED = "weekly-report-missed";
  public static final String FORM_FINAL_REPORT = "final-report";
  public static final String FORM_CLOSURE_CONFIRMATION = "closure-confirmation";
  public static final String FORM_COMMITTEE_CLOSURE = "committee-closure-decision";
  public static final String FORM_EVALUATION = "evaluation-report";

  /** What the process carries between steps: ids, the flags gateways need, and dates deadlines count from. */
  public static final class Vars {
    public static final String PROJECT_ID = "projectId";
    public static final String PROJECT_NUMBER = "projectNumber";
    public static final String PROJECT_NAME = "projectName";
    public static final String PROJECT_REGULATED = "projectRegulated";
    public static final String PROJECT_SCALE = "projectScale";
    public static final String PROJECT_GROUP_CODE = "projectGroupCode";
    public static final String PROJECT_GROUP_NAME = "projectGroupName";
    public static final String BASE_DIRECTION_NAME = "baseDirectionName";
    public static final String INITIATOR_NAME = "initiatorName";
    /** Start form: the user appointed project lead at initiation (§58), who receives the charter task. */
    public static final String PROJECT_LEAD_USER_ID = "projectLeadUserId";

    public static final String INITIATION_DECISION = "initiationDecision";
    public static final String INITIATION_COMMENT = "initiationComment";
    public static final String PLAN_AGREEMENT = "planAgreement";
    public static final String PLAN_COMMENT = "planComment";
    public static final String BASELINE_DECISION = "baselineDecision";
    public static final String BASELINE_COMMENT = "baselineComment";
    public static final String SCHEDULE_WARNINGS = "scheduleWarnings";

    public static final String WEEK_START = "weekStart";
    public static final String PROPOSE_CLOSURE = "proposeClosure";
    public static final String MISSED_REPORT_COMMENT = "missedReportComment";

    public static final String CLOSURE_TYPE = "closureType";
    public static final String CLOSURE_ROUND = "closureRound";
    public static final String CONFIRMER_GROUPS = "confirmerGroups";
    public static final String CONFIRMER_GROUP = "confirmerGroup";
    public static final String CONFIRMATION_OUTCOME = "confirmationOutcome";
    public static final String CONFIRMATION_COMMENT = "confirmationComment";
    public static final String RESULTS_CONFIRMED = "resultsConfirmed";
    public static final String RETURN_REASONS = "returnReasons";
    public static final String COMMITTEE_DECISION = "committeeDecision";
    public static final String COMMITTEE_COMMENT = "committeeComment";
    public static final String FORCED_CLOSURE_REASON = "forcedClosureReason";
    public static final String CLOSED_AT = "closedAt";

    private Vars() {
    }
  }

  public static final String IMPLEMENT = "implement";
  public static final String REFINE = "refine";
  public static final String CLOSE = "close";
  public static final String AGREE = "agree";
  public static final String RETURN = "return";
  public static final String APPROVE = "approve";
  public static final String REFUSE = "refuse";
  public static final String CONFIRM = "confirm";
  public static final String REJECT = "reject";

  private ProjectLifecycleProcess() {
  }
}
