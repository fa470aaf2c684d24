package kz.jobalyq.initiative;

/** The {@code initiative-management} process (seed 000 §48–§50, §58–§62): ids, forms and variables. */
public final class InitiativeProcess {

  public static final String KEY = "initiative-management";
  public static final String RECORD_TYPE = "INITIATIVE";

  public static final String START_EVENT = "StartEvent_InitiativeProposed";
  public static final String TASK_REGISTER = "Task_RegisterInitiative";
  public static final String TASK_STAGE_1 = "Task_AssessPriority";
  public static final String TASK_CLASSIFY_PRIORITY = "Task_ClassifyPriority";
  public static final String GATEWAY_PRIORITY = "Gateway_PriorityClass";
  public static final String TASK_REVIEW_NOT_PRIORITY = "Task_ReviewNotPriority";
  public static final String GATEWAY_OVERRIDE = "Gateway_NotPriorityOverride";
  public static final String END_NOT_PRIORITY = "EndEvent_NotPriority";
  public static final String TASK_STAGE_2 = "Task_PrepareInformationBulletin";
  public static final String TASK_STAGE_3 = "Task_BuildDecisionTree";
  public static final String TASK_STAGE_4 = "Task_DefineKeyProblems";
  public static final String TASK_STAGE_5 = "Task_AssessImpact";
  public static final String TASK_STAGE_6 = "Task_PreparePassport";
  public static final String TASK_ROUTE_DECISION_BODY = "Task_RouteDecisionBody";
  public static final String TASK_ASSIGN_STATUS = "Task_AssignStatus";
  public static final String GATEWAY_STATUS = "Gateway_AssignedStatus";
  public static final String GATEWAY_REFINE_STAGE = "Gateway_RefineStage";
  public static final String TASK_START_PROJECT = "Task_StartProject";
  public static final String END_NEW_PROJECT = "EndEvent_NewProject";
  public static final String END_REJECTED = "EndEvent_InitiativeRejected";

  /** The stage tasks in order: index 0 is stage 1 (§50). */
  public static final String[] STAGE_TASKS = {TASK_STAGE_1, TASK_STAGE_2, TASK_STAGE_3, TASK_STAGE_4, TASK_STAGE_5,
      TASK_STAGE_6};

  public static final String DECISION_PRIORITY = "initiative-priority";
  public static final String DECISION_BODY = "initiative-decision-body";

  public static final String FORM_PROPOSAL = "initiative-proposal";
  public static final String FORM_STAGE_1 = "initiative-priority-assessment";
  public static final String FORM_NOT_PRIORITY = "initiative-not-priority-review";
  public static final String FORM_STAGE_2 = "initiative-information-bulletin";
  public static final String FORM_STAGE_3 = "initiative-decision-tree";
  public static final String FORM_STAGE_4 = "initiative-key-problems";
  public static final String FORM_STAGE_5 = "initiative-impact-assessment";
  public static final String FORM_STAGE_6 = "initiative-passport";
  public static final String FORM_STATUS = "initiative-status-decision";

  /** What the process carries: the record's id and number and the flags its gateways and tables need. */
  public static final class Vars {
    public static final String TITLE = "initiativeTitle";
    public static final String PROJECT_GROUP_CODE = "projectGroupCode";
    public static final String INITIATOR_NAME = "initiatorName";
    public static final String DESCRIPTION = "initiativeDescription";
    public static final String LEVEL = "initiativeLevel";

    public static final String INITIATIVE_ID = "initiativeId";
    public static final String INITIATIVE_NUMBER = "initiativeNumber";
    public static final String STAGE_OUTCOME = "stageOutcome";
    public static final String STAGE_COMMENT = "stageComment";
    public static final String RETURNED_COMMENT = "returnedComment";
    public static final String PRIORITY_CLASS = "priorityClass";
    public static final String TOTAL_SCORE = "totalScore";
    public static final String OVERRIDE = "notPriorityOverride";
    public static final String OVERRIDE_COMMENT = "notPriorityComment";
    public static final String DECISION_BODY_GROUP = "decisionBodyGroup";
    public static final String ASSIGNED_STATUS = "assignedStatus";
    public static final String REFINE_STAGE = "refineStage";
    public static final String STATUS_REASON = "statusReason";
    public static final String PROJECT_NUMBER = "projectNumber";

    private Vars() {
    }
  }

  public static final String SUBMIT = "submit";
  public static final String SEND_BACK = "sendBack";
  public static final String CONTINUE = "continue";
  public static final String CONFIRM_NOT_PRIORITY = "confirm";

  private InitiativeProcess() {
  }
}
